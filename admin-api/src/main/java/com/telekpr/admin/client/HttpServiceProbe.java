package com.telekpr.admin.client;

import com.telekpr.admin.application.port.ServiceHealth;
import com.telekpr.admin.application.port.ServiceProbe;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Reads a service's readiness and Prometheus figures over HTTP (the only calls admin-api makes to others). */
@ApplicationScoped
public class HttpServiceProbe implements ServiceProbe {
    private final HttpClient http;
    private final Duration timeout;

    HttpServiceProbe(ProbeConfig config) {
        this.timeout = config.timeout();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public Uni<ServiceHealth> probe(String name, String baseUrl) {
        Uni<Boolean> ready = get(baseUrl + "/q/health/ready").map(response -> response.statusCode() == 200)
                .onFailure().recoverWithItem(false);
        Uni<PrometheusText> metrics = get(baseUrl + "/q/metrics")
                .map(response -> response.statusCode() == 200 ? new PrometheusText(response.body()) : PrometheusText.EMPTY)
                .onFailure().recoverWithItem(PrometheusText.EMPTY);
        return Uni.combine().all().unis(ready, metrics).asTuple().map(both -> {
            PrometheusText figures = both.getItem2();
            return new ServiceHealth(name, both.getItem1(), figures.sum("telekpr_outbox_pending"),
                    figures.sum("telekpr_outbox_oldest_pending_seconds"), figures.sum("telekpr_inbox_dead_lettered_total"),
                    figures.sum("telekpr_telegram_requests_total", "outcome=\"too_many_requests\""));
        });
    }

    private Uni<HttpResponse<String>> get(String url) {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
        return Uni.createFrom().completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
    }
}
