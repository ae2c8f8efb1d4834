package com.telekpr.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The secrets a deployer would provide, made once for this machine and kept with the data (a lost
 * key would make stored profile passwords unreadable).
 */
final class LocalSecrets {
    private LocalSecrets() {
    }

    static Map<String, String> load(Path directory) {
        return Map.of("telekpr.customer.password-key", keyIn(directory.resolve("customer-password-key")),
                "telekpr.gateway.webhook-secret", keyIn(directory.resolve("telegram-webhook-secret"))
                        .replace('+', '-').replace('/', '_').replace("=", ""));
    }

    private static String keyIn(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(file.getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}
