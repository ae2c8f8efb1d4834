package com.telekpr.admin.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
    private static final Set<String> PROXIES = Set.of("127.0.0.1", "10.0.0.2");

    @Test
    void withoutATrustedProxyTheHeaderIsIgnored() {
        assertEquals("198.51.100.9", ClientAddress.of("198.51.100.9", "203.0.113.7", PROXIES));
    }

    @Test
    void behindATrustedProxyTheClientIsTheHopItSaw() {
        assertEquals("203.0.113.7", ClientAddress.of("127.0.0.1", "203.0.113.7", PROXIES));
    }

    @Test
    void whatTheClientWroteLeftOfItsOwnAddressIsNotBelieved() {
        assertEquals("203.0.113.7", ClientAddress.of("127.0.0.1", "1.2.3.4, 203.0.113.7", PROXIES));
    }

    @Test
    void trustedHopsAreSkippedFromTheRight() {
        assertEquals("203.0.113.7", ClientAddress.of("127.0.0.1", "203.0.113.7, 10.0.0.2", PROXIES));
    }

    @Test
    void garbageInTheHeaderStopsTheWalk() {
        assertEquals("10.0.0.2", ClientAddress.of("127.0.0.1", "<script>, 10.0.0.2", PROXIES));
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", "not an address", PROXIES));
    }

    @Test
    void ipv6IsAnAddressToo() {
        assertEquals("2001:db8::1", ClientAddress.of("127.0.0.1", "2001:db8::1", PROXIES));
    }
}
