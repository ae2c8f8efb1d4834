package com.telekpr.admin.application.signin;

import java.time.Duration;

/**
 * A login, refresh or logout that lets nobody in: its error code for the client, and {@code retryAfter} when the
 * brute-force throttle is what refuses it.
 */
public class SignInRefused extends RuntimeException {
    private final String error;
    private final Duration retryAfter;

    public SignInRefused(String error, String message, Duration retryAfter) {
        super(message);
        this.error = error;
        this.retryAfter = retryAfter;
    }

    public static SignInRefused wrongCredentials() {
        return new SignInRefused("unauthorized", "wrong username or password", Duration.ZERO);
    }

    public static SignInRefused secondFactorRequired() {
        return new SignInRefused("second_factor_required", "give the code of your authenticator app (totp) or a"
                + " recovery code (recoveryCode)", Duration.ZERO);
    }

    /** A Telegram login of someone who is no admin or operator of the bot (a customer, or suspended). */
    public static SignInRefused notStaff() {
        return new SignInRefused("not_staff", "this Telegram account is no admin or operator of the bot", Duration.ZERO);
    }

    public static SignInRefused wrongSecondFactor() {
        return new SignInRefused("unauthorized", "wrong or already used code", Duration.ZERO);
    }

    public static SignInRefused throttled(Duration retryAfter) {
        long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        return new SignInRefused("too_many_attempts", "too many failed logins; try again in " + minutes
                + (minutes == 1 ? " minute" : " minutes"), retryAfter);
    }

    public static SignInRefused sessionEnded() {
        return new SignInRefused("unauthorized", "the session has ended; sign in again", Duration.ZERO);
    }

    public String error() {
        return error;
    }

    public boolean throttled() {
        return !retryAfter.isZero();
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
