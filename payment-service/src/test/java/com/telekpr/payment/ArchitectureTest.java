package com.telekpr.payment;

import com.telekpr.testkit.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** The service's rooms keep their rules (domain framework-free, api off the store, no cycles, no other service). */
class ArchitectureTest {
    @Test
    void everyRoomKeepsItsRules() {
        ServiceArchitecture.check("com.telekpr.payment");
    }
}
