package com.telekpr.events;

import static com.telekpr.events.ContractSamples.AT;
import static com.telekpr.events.ContractSamples.ORDER;
import static com.telekpr.events.ContractSamples.OTHER;
import static com.telekpr.events.ContractSamples.PROFILE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.OrderEvent.OrderPlaced;
import com.telekpr.events.OrderEvent.OrderQueued;
import com.telekpr.events.OrderEvent.OrderStatusChanged;
import com.telekpr.events.SubscriptionEvent.SubscriptionActivated;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Messages as an older producer wrote them, kept in golden/v&lt;N&gt;/ when a type's version is raised: they
 * stay on the event topics for good (product history is replayed), so every reader must keep decoding them.
 */
class OlderVersionsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void aVersion1OrderQueuedDecodesWithNoPackageName() throws IOException {
        Envelope decoded = EnvelopeCodec.decode(Files.readString(GOLDEN.resolve("v1/OrderQueued.json")));
        assertEquals(1, decoded.version());
        assertEquals(new OrderQueued(ORDER, 4, true, "standard", null, 50, 450), decoded.data());
    }

    @Test
    void aVersion1OrderPlacedDecodesWithNoPackageName() throws IOException {
        Envelope decoded = EnvelopeCodec.decode(Files.readString(GOLDEN.resolve("v1/OrderPlaced.json")));
        assertEquals(1, decoded.version());
        assertEquals(new OrderPlaced(ORDER, PROFILE, "SITES_550", null, 550, true, 380, true, false), decoded.data());
    }

    @Test
    void aVersion1SubscriptionActivatedDecodesWithNoBalanceAfter() throws IOException {
        Envelope decoded = EnvelopeCodec.decode(Files.readString(GOLDEN.resolve("v1/SubscriptionActivated.json")));
        assertEquals(1, decoded.version());
        assertEquals(new SubscriptionActivated(OTHER, "premium", AT, 300, null), decoded.data());
    }

    @Test
    void aVersion1OrderStatusChangedDecodesWithNoCustomerMessage() throws IOException {
        Envelope decoded = EnvelopeCodec.decode(Files.readString(GOLDEN.resolve("v1/OrderStatusChanged.json")));
        assertEquals(1, decoded.version());
        assertEquals(new OrderStatusChanged(ORDER, "pending", "processing", OTHER, "started", null), decoded.data());
    }

    @TestFactory
    Stream<DynamicTest> everyOlderGoldenFileDecodesAtTheVersionItsFolderNames() throws IOException {
        try (Stream<Path> folders = Files.list(GOLDEN)) {
            return folders.filter(Files::isDirectory).flatMap(OlderVersionsTest::files).toList().stream()
                    .map(file -> DynamicTest.dynamicTest(GOLDEN.relativize(file).toString(), () -> {
                        Envelope decoded = EnvelopeCodec.decode(Files.readString(file));
                        int current = MessageTypes.byName(decoded.type()).orElseThrow().version();
                        assertEquals("v" + decoded.version(), file.getParent().getFileName().toString());
                        assertTrue(decoded.version() < current, decoded.type() + " is still at " + current);
                        assertEquals(decoded, EnvelopeCodec.decode(EnvelopeCodec.encode(decoded)));
                    }));
        }
    }

    private static Stream<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
