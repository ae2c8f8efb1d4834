package com.telekpr.local.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * /api to admin-api, streamed both ways (the live stream's events are flushed as they come). It says who the client
 * is (X-Forwarded-For, which admin-api believes from this address alone) and which host the browser used
 * (X-Forwarded-Host), so Telegram's login comes back here rather than to admin-api's own port.
 */
final class ApiProxy {
    /** Hop-by-hop headers, and those the client library sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "transfer-encoding", "te",
            "trailer", "upgrade", "proxy-authorization", "proxy-connection", "host", "content-length", "expect",
            "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "forwarded");
    private static final Set<String> NOT_RETURNED = Set.of("connection", "keep-alive", "transfer-encoding", "content-length",
            ":status");

    private final URI target;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();

    ApiProxy(URI target) {
        this.target = target;
    }

    void forward(HttpExchange exchange) throws IOException {
        var request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery())));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        request.header("X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress());
        request.header("X-Forwarded-Host", exchange.getRequestHeaders().getFirst("Host"));
        request.header("X-Forwarded-Proto", "http");
        byte[] body = exchange.getRequestBody().readAllBytes();
        request.method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<InputStream> answer;
        try {
            answer = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException | HttpTimeoutException down) {
            unavailable(exchange);
            return;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            unavailable(exchange);
            return;
        }
        answer.headers().map().forEach((name, values) -> {
            if (!NOT_RETURNED.contains(name.toLowerCase(Locale.ROOT))) {
                exchange.getResponseHeaders().put(name, List.copyOf(values));
            }
        });
        long length = answer.headers().firstValueAsLong("Content-Length").orElse(-1);
        boolean empty = length == 0 || answer.statusCode() == 204 || answer.statusCode() == 304
                || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(answer.statusCode(), empty ? -1 : length > 0 ? length : 0);
        try (InputStream in = answer.body(); OutputStream out = exchange.getResponseBody()) {
            if (!empty) {
                copyFlushing(in, out);
            }
        }
    }

    /** Copies as bytes arrive, flushing each read: an event of the live stream must not wait in a buffer. */
    private static void copyFlushing(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            out.write(buffer, 0, read);
            out.flush();
        }
    }

    private static void unavailable(HttpExchange exchange) throws IOException {
        byte[] body = ("{\"status\":503,\"error\":\"admin_api_unavailable\",\"message\":\"admin-api is not answering;"
                + " is it still starting?\",\"field\":null}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(503, body.length);
        exchange.getResponseBody().write(body);
    }
}
