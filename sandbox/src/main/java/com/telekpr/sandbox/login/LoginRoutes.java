package com.telekpr.sandbox.login;

import com.sun.net.httpserver.HttpExchange;
import com.telekpr.sandbox.telegram.FakeUser;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The HTTP face of the login simulator: discovery, the authorize page and its answer, the token endpoint, the keys. */
final class LoginRoutes {
    private final TelegramLoginSimulator simulator;

    LoginRoutes(TelegramLoginSimulator simulator) {
        this.simulator = simulator;
    }

    void discovery(HttpExchange exchange) throws IOException {
        String base = simulator.issuer();
        respond(exchange, 200, "application/json", "{\"issuer\":\"" + base + "\",\"authorization_endpoint\":\"" + base
                + "/auth\",\"token_endpoint\":\"" + base + "/token\",\"jwks_uri\":\"" + base + "/.well-known/jwks.json\","
                + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"],\"scopes_supported\":[\"openid\",\"profile\",\"phone\"],"
                + "\"code_challenge_methods_supported\":[\"S256\"],"
                + "\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\",\"client_secret_post\"],"
                + "\"claims_supported\":[\"sub\",\"id\",\"name\",\"preferred_username\",\"picture\"]}");
    }

    void keys(HttpExchange exchange) throws IOException {
        respond(exchange, 200, "application/json", simulator.signer().jwks());
    }

    /** GET: the page where a person picks who they are and approves; POST (the page's form): the code, redirected. */
    void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> params = "POST".equals(exchange.getRequestMethod())
                ? form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                : form(exchange.getRequestURI().getRawQuery());
        String refusal = simulator.refusal(params);
        if (refusal != null) {
            respond(exchange, 400, "text/html; charset=utf-8", LoginPage.error(refusal));
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 200, "text/html; charset=utf-8", LoginPage.of(params, simulator.people()));
            return;
        }
        String redirect = params.get("redirect_uri");
        String state = params.get("state") == null ? "" : "&state=" + encode(params.get("state"));
        FakeUser person = simulator.person(params.get("user"));
        String target = person == null ? redirect + (redirect.contains("?") ? "&" : "?") + "error=access_denied" + state
                : redirect + (redirect.contains("?") ? "&" : "?") + "code=" + simulator.grant(params, person) + state;
        exchange.getResponseHeaders().set("Location", target);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    void token(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "application/json", "{\"error\":\"invalid_request\"}");
            return;
        }
        Map<String, String> params = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        TokenAnswer answer = simulator.exchange(params, exchange.getRequestHeaders().getFirst("Authorization"));
        respond(exchange, answer.status(), "application/json", answer.body());
    }

    record TokenAnswer(int status, String body) {
    }

    static Map<String, String> form(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            values.put(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
