package com.telekpr.admin.projection;

import static com.telekpr.admin.Staff.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;

import com.telekpr.admin.ReadModels;
import com.telekpr.admin.SeededHistory;
import com.telekpr.events.Envelope;
import com.telekpr.events.UserEvent.UserErased;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** UserErased in the read models, and an erase refused while the user has an unfinished order. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ErasedUserTest {

    @Test
    void anErasedUsersNamesProfilesAndQuotedWordsAreGoneTheirMoneyStays() {
        var history = new SeededHistory();
        ReadModels.project(history.envelopes());
        asAdmin().get("/api/admin/users/" + history.u3).then().statusCode(200).body("user.username", equalTo("ben"));

        ReadModels.project(List.of(Envelope.first("bot-gateway", history.u3, history.u3.toString(), new UserErased())));

        asAdmin().get("/api/admin/users/" + history.u3).then().statusCode(200)
                .body("user.username", nullValue()).body("user.fullName", nullValue())
                .body("user.balance", equalTo(510))
                .body("timeline.summary", hasItem("erased: personal details forgotten everywhere"))
                .body("timeline.summary", everyItem(not(containsString("Ben"))));
        asAdmin().queryParam("user", history.u3).queryParam("deleted", "true").get("/api/admin/customers").then()
                .statusCode(200).body("items[0].firstName", nullValue()).body("items[0].email", nullValue())
                .body("items[0].dateOfBirth", nullValue());
        asAdmin().queryParam("q", "ben@new.example.com").get("/api/admin/customers").then().body("items.profileId",
                not(hasItem(history.c3.toString())));
    }

    @Test
    void aUserWithAnUnfinishedOrderIsNotErased() {
        var history = new SeededHistory();
        ReadModels.project(history.envelopes());
        asAdmin().delete("/api/admin/users/" + history.u2).then().statusCode(409).body("error", equalTo("open_orders"))
                .body("message", containsString("1 open order"));
        asAdmin().get("/api/admin/users/" + history.u2).then().body("user.username", equalTo("anna"));
    }
}
