package com.telekpr.admin.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.telekpr.admin.application.port.OwnerAnswer;
import com.telekpr.admin.application.port.OwnerRequest;
import com.telekpr.admin.application.port.OwnerServices;
import com.telekpr.admin.application.port.OwnerUnreachableException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Staff actions over the owners' REST APIs; an attempt that gets no answer is made again with the same key. */
@ApplicationScoped
public class HttpOwnerServices implements OwnerServices {
    private final ForwardConfig config;
    private final ObjectMapper json;
    private final HttpClient http;

    HttpOwnerServices(ForwardConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    @Override
    public Uni<OwnerAnswer> send(OwnerRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.baseUrl() + request.path()))
                .timeout(config.timeout())
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(text(request.body())))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + request.staffToken())
                .header("X-Correlation-Id", request.correlationId().toString());
        if (request.idempotencyKey() != null) {
            builder.header("Idempotency-Key", request.idempotencyKey());
        }
        HttpRequest call = builder.build();
        return Uni.createFrom().completionStage(() -> http.sendAsync(call, HttpResponse.BodyHandlers.ofString()))
                .onFailure(IOException.class).retry().withBackOff(config.retryBackoff()).atMost(config.attempts() - 1L)
                .onFailure(IOException.class).transform(failure ->
                        new OwnerUnreachableException(request.owner(), request.idempotencyKey(), failure))
                .map(response -> new OwnerAnswer(response.statusCode(), body(response.body())));
    }

    private String text(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not writable as JSON: " + body, e);
        }
    }

    private JsonNode body(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException notJson) {
            return json.getNodeFactory().objectNode().put("message", text.length() > 500 ? text.substring(0, 500) : text);
        }
    }
}
