package com.telekpr.wallet;

import com.telekpr.testkit.ServiceFoundationChecks;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class WalletServiceFoundationTest extends ServiceFoundationChecks {
}
