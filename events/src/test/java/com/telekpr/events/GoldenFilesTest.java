package com.telekpr.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import java.util.stream.Stream;

/**
 * The golden files are the contract as other services read it: a renamed, retyped or removed field
 * changes the JSON and fails here. Regenerate them only on purpose, with -Dtelekpr.golden.write=true,
 * and bump the type's version when the change is not backward compatible.
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void everyRegisteredTypeHasASample() {
        Set<String> sampled = ContractSamples.ALL.stream().map(m -> MessageTypes.of(m).name())
                .collect(Collectors.toSet());
        Set<String> registered = MessageTypes.all().stream().map(MessageTypes.MessageType::name)
                .collect(Collectors.toSet());
        assertEquals(registered, sampled);
    }

    @TestFactory
    Stream<DynamicTest> everySampleEncodesToItsGoldenFile() {
        return ContractSamples.ALL.stream().map(sample -> DynamicTest.dynamicTest(
                MessageTypes.of(sample).name(), () -> {
                    Envelope envelope = ContractSamples.envelope(sample);
                    String encoded = EnvelopeCodec.encode(envelope);
                    Path file = GOLDEN.resolve(envelope.type() + ".json");
                    if (Boolean.getBoolean("telekpr.golden.write")) {
                        Files.writeString(file, pretty(encoded));
                    }
                    assertTrue(Files.exists(file), "no golden file " + file);
                    assertEquals(tree(Files.readString(file)), tree(encoded));
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenFileDecodesAndReEncodesExactly() {
        return MessageTypes.all().stream().map(type -> DynamicTest.dynamicTest(type.name(), () -> {
            String golden = Files.readString(GOLDEN.resolve(type.name() + ".json"));
            Envelope decoded = EnvelopeCodec.decode(golden);
            assertEquals(type.javaType(), decoded.data().getClass());
            assertEquals(tree(golden), tree(EnvelopeCodec.encode(decoded)));
            assertEquals(decoded, EnvelopeCodec.decode(EnvelopeCodec.encode(decoded)));
        }));
    }

    private static JsonNode tree(String json) throws IOException {
        return EnvelopeCodec.json().readTree(json);
    }

    private static String pretty(String json) throws IOException {
        return EnvelopeCodec.json().writerWithDefaultPrettyPrinter().writeValueAsString(tree(json)) + "\n";
    }
}
