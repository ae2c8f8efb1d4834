package com.telekpr.wallet.flow;

import static com.telekpr.wallet.AsCaller.asStaffAdmin;
import static com.telekpr.wallet.flow.WalletTraffic.fund;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class LedgerVerificationTest {

    @Test
    void aBalanceTamperedWithBehindTheLedgersBackIsReported() {
        UUID user = UUID.randomUUID();
        fund(user, 200);
        asStaffAdmin().get("/ledger/verification").then().statusCode(200).body("consistent", equalTo(true));

        Sql.update("update wallet.token_accounts set balance = balance + 1 where user_id = ?", user);
        try {
            asStaffAdmin().get("/ledger/verification").then().statusCode(200)
                    .body("consistent", equalTo(false))
                    .body("inconsistent.userId", hasItem(user.toString()))
                    .body("inconsistent.find { it.userId == '" + user + "' }.problems",
                            hasItem("the balance is 201 but the entries sum to 200"));
        } finally {
            Sql.update("update wallet.token_accounts set balance = balance - 1 where user_id = ?", user);
        }
        asStaffAdmin().get("/ledger/verification").then().body("consistent", equalTo(true));
    }
}
