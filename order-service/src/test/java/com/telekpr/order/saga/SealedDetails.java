package com.telekpr.order.saga;

import static com.telekpr.order.AsCaller.asAdminApi;

import com.telekpr.events.CustomerDetails;
import com.telekpr.events.PersonalSeal;
import java.util.Base64;
import java.util.UUID;

/** A reader's view of order.events' profiles: the details opened with the key order-service hands admin-api. */
final class SealedDetails {
    private SealedDetails() {
    }

    static CustomerDetails opened(UUID user, CustomerDetails sealed) {
        String key = asAdminApi().get("/personal-keys/" + user).then().statusCode(200).extract().path("key");
        return PersonalSeal.of(Base64.getDecoder().decode(key)).openDetails(user, sealed);
    }
}
