package com.telekpr.admin.application.port;

import io.smallrye.mutiny.Uni;

/** Asks one service how it is; never fails: a service that does not answer is not ready. */
public interface ServiceProbe {
    Uni<ServiceHealth> probe(String name, String baseUrl);
}
