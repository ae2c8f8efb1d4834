package com.telekpr.admin.store;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.flywaydb.core.Flyway;

/**
 * Migrates schema {@code staff} (accounts, sessions, login failures, the audit log) at start, apart from the read
 * models' schema: a rebuild swaps that one out, and must never take staff state with it.
 */
@ApplicationScoped
public class StaffSchema {
    public static final String NAME = "staff";
    /** Before anything at start reads staff state (the first admin). */
    static final int MIGRATES_AT = 10;

    private final AgroalDataSource dataSource;

    StaffSchema(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void migrate(@Observes @Priority(MIGRATES_AT) StartupEvent start) {
        Flyway.configure().dataSource(dataSource).schemas(NAME).defaultSchema(NAME).createSchemas(true)
                .locations("db/staff").load().migrate();
    }
}
