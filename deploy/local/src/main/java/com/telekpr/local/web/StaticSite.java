package com.telekpr.local.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * admin-web's built files. A path that names no file and has no extension is a page of the single-page app, so it
 * gets index.html (the router draws it); hashed assets are cached for a year, index.html never.
 */
final class StaticSite {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
            "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "png",
            "image/png", "json", "application/json", "woff2", "font/woff2", "ico", "image/x-icon", "txt",
            "text/plain; charset=utf-8");

    private final Path root;

    StaticSite(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    void serve(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD here".getBytes(), "no-store");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        Path file = root.resolve(path.substring(1)).normalize();
        boolean inside = file.startsWith(root);
        if (inside && Files.isRegularFile(file)) {
            String cache = path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";
            send(exchange, 200, typeOf(file), Files.readAllBytes(file), cache);
        } else if (inside && !lastSegment(path).contains(".") && Files.isRegularFile(root.resolve("index.html"))) {
            send(exchange, 200, TYPES.get("html"), Files.readAllBytes(root.resolve("index.html")), "no-cache");
        } else if (!Files.isRegularFile(root.resolve("index.html"))) {
            send(exchange, 503, "text/plain; charset=utf-8", ("admin-web is not built: run `./mvnw -pl admin-web package`"
                    + " (or deploy/local/run, which builds everything)").getBytes(), "no-store");
        } else {
            send(exchange, 404, "text/plain; charset=utf-8", "not found".getBytes(), "no-store");
        }
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String typeOf(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, String cache) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Cache-Control", cache);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        // the bundle loads nothing from elsewhere: no CDN, no inline script
        headers.set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
                + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }
}
