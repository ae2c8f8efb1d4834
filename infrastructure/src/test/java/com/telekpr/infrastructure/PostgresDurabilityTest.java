package com.telekpr.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The kept server (the run command's) writes durably; the throw-away one (tests') keeps the fast settings. */
class PostgresDurabilityTest {

    @Test
    void theKeptServerSyncsEveryCommitToDisk() throws Exception {
        Path data = Files.createTempDirectory("telekpr-durable");
        try (var postgres = PostgresServer.startPersistent(data, FreePort.find())) {
            assertEquals("on", postgres.setting("fsync"));
            assertEquals("on", postgres.setting("synchronous_commit"));
            assertEquals("on", postgres.setting("full_page_writes"));
        } finally {
            Directories.deleteRecursively(data);
        }
    }

    @Test
    void theThrowAwayServerTradesDurabilityForSpeed() {
        try (var postgres = PostgresServer.startTemporary()) {
            assertEquals("off", postgres.setting("fsync"));
            assertEquals("off", postgres.setting("synchronous_commit"));
        }
    }
}
