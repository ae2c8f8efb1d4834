package com.telekpr.local.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The panel's one origin in the local stack, as nginx is in production: the built admin-web on {@code /}, and
 * {@code /api} handed to admin-api, so the browser needs no CORS and the refresh cookie stays first-party.
 */
public final class AdminWebServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService workers;

    private AdminWebServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /** Serves {@code site} (admin-web's dist) on 127.0.0.1:{@code port}, proxying /api to {@code adminApi}. */
    public static AdminWebServer start(int port, Path site, URI adminApi) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
            // a thread per exchange: each live stream holds its own open for as long as the page is open
            ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "admin-web");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(workers);
            var proxy = new ApiProxy(adminApi);
            var files = new StaticSite(site);
            server.createContext("/", exchange -> route(exchange, proxy, files));
            server.start();
            return new AdminWebServer(server, workers);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve admin-web on port " + port, e);
        }
    }

    private static void route(HttpExchange exchange, ApiProxy proxy, StaticSite files) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals("/api") || path.startsWith("/api/")) {
                proxy.forward(exchange);
            } else {
                files.serve(exchange);
            }
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
