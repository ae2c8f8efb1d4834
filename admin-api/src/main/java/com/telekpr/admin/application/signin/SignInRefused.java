package com.telekpr.admin.application.signin;

import java.time.Duration;

/** A login, refresh or logout that lets nobody in; {@code retryAfter} is set when the throttle is what refuses it. */
public class SignInRefused extends RuntimeException {
    private final Duration retryAfter;

    public SignInRefused(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public static SignInRefused wrongCredentials() {
        return new SignInRefused("wrong username or password", Duration.ZERO);
    }

    public static SignInRefused throttled(Duration retryAfter) {
        long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        return new SignInRefused("too many failed logins; try again in " + minutes + (minutes == 1 ? " minute" : " minutes"),
                retryAfter);
    }

    public static SignInRefused sessionEnded() {
        return new SignInRefused("the session has ended; sign in again", Duration.ZERO);
    }

    public boolean throttled() {
        return !retryAfter.isZero();
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
