package com.telekpr.admin.application.signin;

import com.telekpr.admin.store.StaffAccounts;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * The admin account the environment names, there from the first start so somebody can sign in and make the rest.
 * A deployer gives the password's bcrypt hash; a password in clear is taken only in dev and tests.
 */
@ApplicationScoped
public class FirstAdmin {
    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);
    /** After schema staff is migrated. */
    private static final int ENSURED_AT = 20;

    private final StaffAccounts accounts;
    private final SignInConfig.FirstAdmin config;

    FirstAdmin(StaffAccounts accounts, SignInConfig config) {
        this.accounts = accounts;
        this.config = config.firstAdmin();
    }

    void ensure(@Observes @Priority(ENSURED_AT) StartupEvent start) {
        accounts.ensureFirstAdmin(config.username(), passwordHash(config, LaunchMode.current())).await().indefinitely();
        LOG.infof("first admin account: %s", config.username());
    }

    /** The hash to store: the deployer's, checked for shape; one made from a clear password only outside prod. */
    static String passwordHash(SignInConfig.FirstAdmin config, LaunchMode mode) {
        if (config.passwordHash().isPresent()) {
            // $2b$ (what most bcrypt tools write today) is the same algorithm; the library reads only the $2a$/$2y$ spelling
            String hash = config.passwordHash().get().strip().replaceFirst("^\\$2b\\$", "\\$2a\\$");
            if (!hash.matches("\\$2[ay]\\$\\d{2}\\$[./A-Za-z0-9]{53}") || !Passwords.readable(hash)) {
                throw new IllegalStateException("TELEKPR_ADMIN_PASSWORD_HASH is not a bcrypt hash ($2a$10$... , 60 characters)");
            }
            return hash;
        }
        if (config.password().isPresent() && mode != LaunchMode.NORMAL) {
            return Passwords.hash(config.password().get());
        }
        throw new IllegalStateException("TELEKPR_ADMIN_PASSWORD_HASH is required: the bcrypt hash of the first admin's"
                + " password (a password in clear, TELEKPR_ADMIN_PASSWORD, is taken in dev mode only)");
    }
}
