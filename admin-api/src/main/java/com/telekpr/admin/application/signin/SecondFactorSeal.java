package com.telekpr.admin.application.signin;

import com.telekpr.events.PersonalSeal;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Base64;

/** The seal TOTP secrets are kept in (the store's SecondFactors), from the deployer's key. */
public class SecondFactorSeal {

    @Produces
    @Singleton
    PersonalSeal secondFactorSeal(SignInConfig config) {
        try {
            return PersonalSeal.of(Base64.getDecoder().decode(config.secondFactorKey().strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("telekpr.admin.sign-in.second-factor-key (TELEKPR_ADMIN_SIGN_IN_SECOND_FACTOR_KEY)"
                    + " must be 32 random bytes in base64, e.g. openssl rand -base64 32", e);
        }
    }
}
