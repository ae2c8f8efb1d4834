package com.telekpr.admin.application.signin;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;

/** bcrypt, on a worker thread: a check costs tens of milliseconds of CPU, too long for the event loop. */
@ApplicationScoped
public class Passwords {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(Passwords.class);
    /** Checked against when the username is unknown, so an unknown name takes as long as a wrong password. */
    private static final String NOBODY = BcryptUtil.bcryptHash("no account has this password");

    public Uni<Boolean> matches(String password, String hashOrNull) {
        String hash = hashOrNull == null ? NOBODY : hashOrNull;
        return Uni.createFrom().item(() -> checks(password, hash) && hashOrNull != null)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Whether the library can read {@code hash} at all (a hash it cannot read matches no password). */
    public static boolean readable(String hash) {
        try {
            BcryptUtil.matches("", hash);
            return true;
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private static boolean checks(String password, String hash) {
        try {
            return BcryptUtil.matches(password, hash);
        } catch (RuntimeException unreadable) {
            LOG.warn("a stored password hash cannot be read; its account cannot sign in until it is set again");
            return false;
        }
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password);
    }

    /** {@link #hash}, on a worker thread. */
    public static Uni<String> hashed(String password) {
        return Uni.createFrom().item(() -> hash(password)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
