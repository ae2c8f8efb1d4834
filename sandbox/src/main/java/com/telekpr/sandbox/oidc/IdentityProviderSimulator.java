package com.telekpr.sandbox.oidc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.telekpr.sandbox.LoopbackServer;
import com.telekpr.sandbox.login.IdTokenSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A company identity provider as Keycloak serves a realm: its discovery document and JWKS, and access tokens of the
 * MicroProfile JWT shape its {@code microprofile-jwt} client scope makes (roles in {@code groups}, {@code upn}), so
 * staff-token verification can be pointed at an external issuer in tests and by hand. Tokens are minted from Java, as
 * the realm would after a person signed in there.
 */
public final class IdentityProviderSimulator implements AutoCloseable {
    private final HttpServer server;
    private final String issuer;
    private final IdTokenSigner signer = new IdTokenSigner();

    private IdentityProviderSimulator(HttpServer server, String realm) {
        this.server = server;
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/" + realm;
    }

    public static IdentityProviderSimulator start(int port, String realm) {
        try {
            HttpServer server = LoopbackServer.create(port, 0);
            var simulator = new IdentityProviderSimulator(server, realm);
            String base = "/realms/" + realm;
            server.createContext(base + "/.well-known/openid-configuration", simulator::discovery);
            server.createContext(base + "/protocol/openid-connect/certs", exchange -> respond(exchange, simulator.signer.jwks()));
            server.start();
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the identity provider simulator on port " + port, e);
        }
    }

    /** The realm's issuer URL: what a verifier is pointed at, and the tokens' {@code iss}. */
    public String issuer() {
        return issuer;
    }

    /** An access token of {@code username} with {@code groups}, for {@code audience}, good for {@code lifetime}. */
    public String accessToken(String username, List<String> groups, String audience, Duration lifetime) {
        return sign(username, groups, audience, lifetime, Map.of(), false);
    }

    /** The same, with extra claims (e.g. a user attribute mapped into the token), or signed by a key not in the JWKS. */
    public String sign(String username, List<String> groups, String audience, Duration lifetime, Map<String, Object> extra,
                       boolean forged) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString());
        claims.put("aud", audience);
        claims.put("typ", "Bearer");
        claims.put("preferred_username", username);
        claims.put("upn", username);
        claims.put("groups", groups);
        claims.put("iat", now);
        claims.put("exp", now + lifetime.toSeconds());
        claims.putAll(extra);
        return signer.sign(claims, forged);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        respond(exchange, "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer
                + "/protocol/openid-connect/auth\",\"token_endpoint\":\"" + issuer + "/protocol/openid-connect/token\","
                + "\"jwks_uri\":\"" + issuer + "/protocol/openid-connect/certs\",\"response_types_supported\":[\"code\"],"
                + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}");
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
