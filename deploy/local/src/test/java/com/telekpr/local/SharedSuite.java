package com.telekpr.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole suite, started once for every whole-suite test class of the run (as the run command starts
 * it) and stopped when the run ends: a start costs a minute of six JVMs. The classes run in the order
 * their {@code @Order} gives (junit-platform.properties), each with people of its own.
 */
final class SharedSuite implements BeforeAllCallback {
    private static volatile LocalStack stack;

    @Override
    public void beforeAll(ExtensionContext context) {
        stack = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(SharedSuite.class, key -> start(), LocalStack.class);
    }

    static LocalStack stack() {
        return stack;
    }

    private static LocalStack start() {
        try {
            return LocalStack.start(Path.of("../..").toAbsolutePath().normalize(),
                    Files.createTempDirectory("telekpr-suite"), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException("the suite did not start", e);
        }
    }
}
