package com.telekpr.admin.application;

import com.telekpr.admin.application.port.ServiceHealth;
import com.telekpr.admin.application.port.ServiceProbe;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Every service's health, asked at most once per health-cache-ttl however many dashboards are open. */
@ApplicationScoped
public class SuiteHealth {
    private final Uni<ServiceHealth.Suite> cached;

    SuiteHealth(AdminConfig config, ServiceProbe probe) {
        Map<String, String> services = config.services();
        this.cached = Uni.createFrom().deferred(() -> {
            List<Uni<ServiceHealth>> probes = services.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(service -> probe.probe(service.getKey(), service.getValue())).toList();
            if (probes.isEmpty()) {
                return Uni.createFrom().item(new ServiceHealth.Suite(true, List.of()));
            }
            return Uni.join().all(probes).andFailFast().map(all -> new ServiceHealth.Suite(
                    all.stream().allMatch(ServiceHealth::ready), all));
        }).memoize().atLeast(config.healthCacheTtl());
    }

    public Uni<ServiceHealth.Suite> current() {
        return cached;
    }
}
