package com.telekpr.local;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The secrets a deployer would provide, made once for this machine and kept with the data (a lost
 * key would make stored profile passwords unreadable), each file readable by its owner only: the
 * first admin's password is in clear there so that a person can sign in.
 */
final class LocalSecrets {
    static final String ADMIN_USERNAME = "admin";
    static final String ADMIN_PASSWORD_FILE = "admin-password";
    private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIRECTORY_MODE = PosixFilePermissions.fromString("rwx------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private LocalSecrets() {
    }

    /** The file of {@code service}'s own key, which it signs its calls to other services with. */
    static Path serviceKeyFile(Path directory, String service) {
        return directory.resolve("service-keys").resolve(service + ".pem");
    }

    /**
     * Every service's own signing key (made once), and what each service is told of the others: their public keys, its
     * trusted callers, and admin-api's staff token key. Public keys are not secret; the key files are the owner's only.
     */
    static Map<String, String> serviceAuth(Path directory, Iterable<String> services) {
        Map<String, String> settings = new java.util.HashMap<>();
        ownerOnlyDirectory(directory.resolve("service-keys"));
        for (String service : services) {
            settings.put("telekpr.service-auth.callers." + service, keyPair(serviceKeyFile(directory, service)));
        }
        settings.put("telekpr.service-auth.staff-public-key", keyPair(directory.resolve("admin-signing-key.pem")));
        return settings;
    }

    /** The services' secrets (for their environment), and the sign-in settings that are not secret. */
    static ServiceSettings load(Path directory) {
        ownerOnlyDirectory(directory);
        String adminPassword = keptIn(directory.resolve(ADMIN_PASSWORD_FILE), () -> urlSafe(18));
        Path signingKey = directory.resolve("admin-signing-key.pem");
        keyPair(signingKey);
        String webhookSecret = keptIn(directory.resolve("telegram-webhook-secret"), () -> base64(32));
        return new ServiceSettings(
                Map.of("telekpr.admin.sign-in.first-admin.username", ADMIN_USERNAME,
                        "telekpr.admin.sign-in.signing-key-file", signingKey.toAbsolutePath().toString(),
                        // the services listen on loopback only: a proxy in front of them runs on this machine
                        "telekpr.admin.sign-in.trusted-proxies", "127.0.0.1"),
                Map.of("telekpr.customer.password-key", keptIn(directory.resolve("customer-password-key"), () -> base64(32)),
                        "telekpr.admin.sign-in.second-factor-key",
                        keptIn(directory.resolve("second-factor-key"), () -> base64(32)),
                        // kept as plain base64; Telegram allows only A-Za-z0-9_- in a webhook secret
                        "telekpr.gateway.webhook-secret", webhookSecret.replace('+', '-').replace('/', '_').replace("=", ""),
                        // admin-api takes only a hash in prod and stores it at each start: a new salt, the same password
                        "telekpr.admin.sign-in.first-admin.password-hash", BcryptUtil.bcryptHash(adminPassword)));
    }

    /** The secret in {@code file}, made by {@code make} when there is none yet. */
    private static String keptIn(Path file, Supplier<String> make) {
        try {
            if (Files.exists(file)) {
                narrow(file, FILE_MODE);
            } else {
                write(file, make.get());
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }

    /**
     * Writes a new file readable by its owner only from its first byte (a chmod after would leave a moment in which
     * another user could open it), under a temporary name until it is whole, so a start cut short leaves no half a key.
     */
    private static void write(Path file, String content) throws IOException {
        Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new",
                PosixFilePermissions.asFileAttribute(FILE_MODE));
        try {
            Files.writeString(partial, content);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void ownerOnlyDirectory(Path directory) {
        try {
            if (Files.exists(directory)) {
                narrow(directory, DIRECTORY_MODE);
            } else {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY_MODE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create or protect " + directory, e);
        }
    }

    /** Narrows what an earlier version made with the umask's mode (typically readable by everyone). */
    private static void narrow(Path path, Set<PosixFilePermission> mode) throws IOException {
        if (!Files.getPosixFilePermissions(path).equals(mode)) {
            Files.setPosixFilePermissions(path, mode);
        }
    }

    private static String base64(int bytes) {
        return Base64.getEncoder().encodeToString(random(bytes));
    }

    /** {@code bytes} random bytes as URL-safe characters, 4 for every 3: easy to paste into a sign-in form. */
    private static String urlSafe(int bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random(bytes));
    }

    private static byte[] random(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return random;
    }

    /**
     * A 2048-bit RSA key kept as {@code pem} (PEM PKCS#8, BEGIN PRIVATE KEY: what a service signs with) and beside it its
     * public half ({@code .pub}, base64 SubjectPublicKeyInfo: what its verifiers are told); both made again when either
     * is missing. Returns the public half.
     */
    private static String keyPair(Path pem) {
        Path pub = pem.resolveSibling(pem.getFileName().toString().replace(".pem", ".pub"));
        try {
            if (!Files.exists(pem) || !Files.exists(pub)) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048, RANDOM);
                var pair = generator.generateKeyPair();
                String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pair.getPrivate().getEncoded());
                Files.deleteIfExists(pem);
                Files.deleteIfExists(pub);
                write(pem, "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n");
                write(pub, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            }
            return keptIn(pub, () -> {
                throw new IllegalStateException(pub + " vanished");
            });
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM makes RSA keys", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make or read the key " + pem, e);
        }
    }
}
