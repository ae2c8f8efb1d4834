package com.telekpr.admin.application.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.LaunchMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which first-admin settings a start takes: a bcrypt hash anywhere, a clear password outside prod only. */
class FirstAdminPasswordTest {
    private record Settings(Optional<String> passwordHash, Optional<String> password) implements SignInConfig.FirstAdmin {
        @Override
        public String username() {
            return "admin";
        }
    }

    @Test
    void aDeployersHashIsTakenAsItIs() {
        String hash = BcryptUtil.bcryptHash("s3cret");
        assertEquals(hash, FirstAdmin.passwordHash(new Settings(Optional.of(hash), Optional.empty()), LaunchMode.NORMAL));
    }

    @Test
    void somethingThatIsNotABcryptHashStopsTheStartNamingTheVariable() {
        var failure = assertThrows(IllegalStateException.class, () -> FirstAdmin.passwordHash(
                new Settings(Optional.of("s3cret"), Optional.empty()), LaunchMode.NORMAL));
        assertTrue(failure.getMessage().contains("TELEKPR_ADMIN_PASSWORD_HASH"), failure.getMessage());
    }

    @Test
    void aClearPasswordIsHashedInDevButRefusedInProd() {
        var settings = new Settings(Optional.empty(), Optional.of("dev-password"));
        assertTrue(BcryptUtil.matches("dev-password", FirstAdmin.passwordHash(settings, LaunchMode.DEVELOPMENT)));
        var failure = assertThrows(IllegalStateException.class, () -> FirstAdmin.passwordHash(settings, LaunchMode.NORMAL));
        assertTrue(failure.getMessage().contains("TELEKPR_ADMIN_PASSWORD_HASH is required"), failure.getMessage());
    }

    @Test
    void aHashSpelledTheWayMostToolsWriteItIsTakenToo() {
        String hash = BcryptUtil.bcryptHash("s3cret").replaceFirst("^\\$2a\\$", "\\$2b\\$");
        String stored = FirstAdmin.passwordHash(new Settings(Optional.of(hash), Optional.empty()), LaunchMode.NORMAL);
        assertTrue(BcryptUtil.matches("s3cret", stored), stored);
    }
}
