package com.telekpr.admin;

import com.telekpr.admin.application.signin.StaffTokens;
import com.telekpr.admin.domain.staff.StaffAccount;
import com.telekpr.admin.domain.staff.StaffRole;
import io.quarkus.arc.Arc;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Staff tokens for tests, signed by the running admin-api's own {@link StaffTokens} (the key it verifies with) for
 * accounts that need not exist: what a token says is all the read endpoints go by. Sign-in itself is tested apart.
 */
public final class Staff {
    private static final Duration REISSUE_AFTER = Duration.ofMinutes(10);
    private static String adminToken;
    private static Instant adminIssued = Instant.MIN;

    private Staff() {
    }

    /** A request as a signed-in admin. */
    public static RequestSpecification asAdmin() {
        return RestAssured.given().auth().oauth2(adminToken());
    }

    /** A request as an operator linked to Telegram user {@code telegramUser} (none when null). */
    public static RequestSpecification asOperator(UUID telegramUser) {
        return RestAssured.given().auth().oauth2(token(StaffRole.OPERATOR, telegramUser));
    }

    /** The Authorization header's value for an admin, for plain HTTP clients (streams, benchmarks). */
    public static String adminBearer() {
        return "Bearer " + adminToken();
    }

    /** A plain HTTP request to {@code uri} as an admin. */
    public static java.net.http.HttpRequest.Builder adminRequest(java.net.URI uri) {
        return java.net.http.HttpRequest.newBuilder(uri).header("Authorization", adminBearer());
    }

    public static synchronized String adminToken() {
        if (adminIssued.isBefore(Instant.now().minus(REISSUE_AFTER))) {
            adminToken = token(StaffRole.ADMIN, null);
            adminIssued = Instant.now();
        }
        return adminToken;
    }

    public static String token(StaffRole role, UUID telegramUser) {
        var account = new StaffAccount(UUID.randomUUID(), role.claim() + "-under-test", Optional.of(role),
                Optional.ofNullable(telegramUser), false, false);
        return Arc.container().instance(StaffTokens.class).get().issue(account);
    }
}
