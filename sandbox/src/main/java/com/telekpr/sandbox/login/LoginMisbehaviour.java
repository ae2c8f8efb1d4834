package com.telekpr.sandbox.login;

/**
 * What a test makes the login simulator get wrong in the next id tokens, so a client's checks are tried: a signature
 * of a key its JWKS lacks, a token already expired, a token for another client.
 */
public final class LoginMisbehaviour {
    private volatile boolean forgeSignature;
    private volatile boolean expired;
    private volatile boolean otherAudience;

    public LoginMisbehaviour forgeSignature() {
        forgeSignature = true;
        return this;
    }

    public LoginMisbehaviour expireTokens() {
        expired = true;
        return this;
    }

    public LoginMisbehaviour signForAnotherClient() {
        otherAudience = true;
        return this;
    }

    public void reset() {
        forgeSignature = false;
        expired = false;
        otherAudience = false;
    }

    boolean forging() {
        return forgeSignature;
    }

    boolean expiring() {
        return expired;
    }

    boolean elsewhere() {
        return otherAudience;
    }
}
