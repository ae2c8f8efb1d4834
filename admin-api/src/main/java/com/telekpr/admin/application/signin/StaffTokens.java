package com.telekpr.admin.application.signin;

import com.telekpr.admin.domain.staff.StaffAccount;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;

/** Staff tokens: RS256 JWTs of admin-api's key, naming the account, its role (groups) and linked Telegram user. */
@ApplicationScoped
public class StaffTokens {
    /** The claim with the account's linked Telegram user (the gateway's user id), when it has one. */
    public static final String TELEGRAM_USER = "telegram_user_id";
    private static final String OWN_CALLS = "admin-api";

    private final SigningKeys keys;
    private final SignInConfig config;

    StaffTokens(SigningKeys keys, SignInConfig config) {
        this.keys = keys;
        this.config = config;
    }

    public Duration lifetime() {
        return config.accessTokenLifetime();
    }

    /** Whether the account's tokens may only enrol a second factor yet (an admin without one, where it is required). */
    public boolean enrolling(StaffAccount account) {
        return account.mustEnrolSecondFactor(config.requireTwoFactor());
    }

    /**
     * The token of admin-api's own reads from the services (the keys of sealed personal fields): its one group is
     * admin-api. It is a staff token because the key that signs every staff token is the one admin-api holds anyway;
     * no service can make one.
     */
    public String forOwnCalls() {
        return Jwt.issuer(config.issuer()).subject(OWN_CALLS).audience(StaffTokenVerifier.AUDIENCE)
                .groups(Set.of(OWN_CALLS)).expiresIn(Duration.ofMinutes(1)).jws().keyId(keys.keyId()).sign(keys.privateKey());
    }

    /** A token for an account that may enter (it has a role). */
    public String issue(StaffAccount account) {
        var claims = Jwt.issuer(config.issuer())
                .subject(account.accountId().toString())
                .upn(account.username())
                .audience(StaffTokenVerifier.AUDIENCE)
                .groups(Set.of(enrolling(account) ? StaffAccount.ENROLLING : account.role().orElseThrow().claim()))
                .expiresIn(config.accessTokenLifetime());
        account.telegramUserId().ifPresent(user -> claims.claim(TELEGRAM_USER, user.toString()));
        return claims.jws().keyId(keys.keyId()).sign(keys.privateKey());
    }
}
