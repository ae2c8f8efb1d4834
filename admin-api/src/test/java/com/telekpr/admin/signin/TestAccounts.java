package com.telekpr.admin.signin;

import com.telekpr.testkit.Sql;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;

/** Web accounts written straight into schema staff (their management is not an endpoint yet), and logins as a browser does them. */
final class TestAccounts {
    static final String PASSWORD = "correct horse battery staple";

    private TestAccounts() {
    }

    /** A fresh account with {@link #PASSWORD}; its name is unique, so throttles of other tests never meet it. */
    static String create(String role, boolean disabled) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        Sql.update("insert into staff.staff_accounts (account_id, username, password_hash, role, disabled_at) values"
                + " (?, ?, ?, ?, " + (disabled ? "now()" : "null") + ")", UUID.randomUUID(), username,
                BcryptUtil.bcryptHash(PASSWORD), role);
        return username;
    }

    /** A login from {@code clientAddress}, as the trusted local proxy forwards it. */
    static Response login(String username, String password, String clientAddress) {
        return RestAssured.given().contentType(ContentType.JSON).header("X-Forwarded-For", clientAddress)
                .body(Map.of("username", username, "password", password)).post("/api/admin/login");
    }

    /** A login with a second factor's code. */
    static Response loginWith(String username, String field, String code) {
        return RestAssured.given().contentType(ContentType.JSON).header("X-Forwarded-For", newAddress())
                .body(Map.of("username", username, "password", PASSWORD, field, code)).post("/api/admin/login");
    }

    /** The account's token from a login without a second factor. */
    static String token(String username) {
        return login(username, PASSWORD, newAddress()).then().statusCode(200).extract().path("token");
    }

    /** A client address of IPv6's documentation range, new for each caller (so throttles of tests never meet). */
    static String newAddress() {
        UUID random = UUID.randomUUID();
        return "2001:db8::" + Long.toHexString(random.getMostSignificantBits() & 0xffff) + ":"
                + Long.toHexString(random.getLeastSignificantBits() & 0xffff);
    }
}
