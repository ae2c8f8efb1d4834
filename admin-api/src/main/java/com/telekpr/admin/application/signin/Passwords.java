package com.telekpr.admin.application.signin;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;

/** bcrypt, on a worker thread: a check costs tens of milliseconds of CPU, too long for the event loop. */
@ApplicationScoped
public class Passwords {
    /** Checked against when the username is unknown, so an unknown name takes as long as a wrong password. */
    private static final String NOBODY = BcryptUtil.bcryptHash("no account has this password");

    public Uni<Boolean> matches(String password, String hashOrNull) {
        String hash = hashOrNull == null ? NOBODY : hashOrNull;
        return Uni.createFrom().item(() -> BcryptUtil.matches(password, hash) && hashOrNull != null)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password);
    }

    /** {@link #hash}, on a worker thread. */
    public static Uni<String> hashed(String password) {
        return Uni.createFrom().item(() -> hash(password)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
