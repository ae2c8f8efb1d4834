package com.telekpr.sandbox.login;

import com.sun.net.httpserver.HttpServer;
import com.telekpr.sandbox.LoopbackServer;
import com.telekpr.sandbox.login.LoginRoutes.TokenAnswer;
import com.telekpr.sandbox.telegram.FakeUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * A stand-in for Telegram's OpenID Connect provider (oauth.telegram.org) on a real HTTP port: discovery, the authorize
 * page where a pretend user approves, the token endpoint (authorization code with PKCE S256, client secret by Basic or
 * form), the JWKS, and RS256 id tokens with Telegram's claims (sub and id: the Telegram user id; name,
 * preferred_username, picture). Client id = the bot's id, as at Telegram.
 */
public final class TelegramLoginSimulator implements AutoCloseable {
    private static final Duration CODE_LIFETIME = Duration.ofMinutes(1);
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpServer server;
    private final String clientId;
    private final String clientSecret;
    private final Supplier<List<FakeUser>> people;
    private final IdTokenSigner signer = new IdTokenSigner();
    private final LoginMisbehaviour misbehaviour = new LoginMisbehaviour();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    private record Grant(String clientId, String redirectUri, String challenge, String nonce, FakeUser person,
                         Instant expires) {
    }

    private TelegramLoginSimulator(HttpServer server, String clientId, String clientSecret, Supplier<List<FakeUser>> people) {
        this.server = server;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.people = people;
    }

    /** Starts on {@code port} (0: a free one); {@code people} are whom the authorize page offers. */
    public static TelegramLoginSimulator start(int port, String clientId, String clientSecret,
                                               Supplier<List<FakeUser>> people) {
        try {
            HttpServer server = LoopbackServer.create(port, 0);
            var simulator = new TelegramLoginSimulator(server, clientId, clientSecret, people);
            var routes = new LoginRoutes(simulator);
            server.createContext("/.well-known/openid-configuration", routes::discovery);
            server.createContext("/.well-known/jwks.json", routes::keys);
            server.createContext("/auth", routes::authorize);
            server.createContext("/token", routes::token);
            server.setExecutor(Executors.newFixedThreadPool(2));
            server.start();
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException("the Telegram login sandbox could not listen on port " + port, e);
        }
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public LoginMisbehaviour misbehave() {
        return misbehaviour;
    }

    IdTokenSigner signer() {
        return signer;
    }

    List<FakeUser> people() {
        return people.get();
    }

    FakeUser person(String id) {
        return people.get().stream().filter(person -> String.valueOf(person.id()).equals(id)).findFirst().orElse(null);
    }

    /** Why an authorize request cannot go on (as Telegram shows it), or null. */
    String refusal(Map<String, String> params) {
        if (!clientId.equals(params.get("client_id"))) {
            return "unknown client_id " + params.get("client_id");
        }
        String redirect = params.get("redirect_uri");
        if (redirect == null || !(redirect.startsWith("http://127.0.0.1:") || redirect.startsWith("http://localhost:")
                || redirect.startsWith("https://"))) {
            return "redirect_uri is not one of the bot's allowed login URLs";
        }
        if (!"code".equals(params.get("response_type"))) {
            return "response_type must be code";
        }
        if (params.get("scope") == null || !List.of(params.get("scope").split(" ")).contains("openid")) {
            return "scope must include openid";
        }
        if (params.get("code_challenge") == null || !"S256".equals(params.get("code_challenge_method"))) {
            return "PKCE is required: code_challenge with code_challenge_method S256";
        }
        return null;
    }

    String grant(Map<String, String> params, FakeUser person) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(code, new Grant(params.get("client_id"), params.get("redirect_uri"), params.get("code_challenge"),
                params.get("nonce"), person, Instant.now().plus(CODE_LIFETIME)));
        return code;
    }

    TokenAnswer exchange(Map<String, String> params, String authorization) {
        if (!clientAuthenticated(params, authorization)) {
            return new TokenAnswer(401, "{\"error\":\"invalid_client\"}");
        }
        if (!"authorization_code".equals(params.get("grant_type"))) {
            return new TokenAnswer(400, "{\"error\":\"unsupported_grant_type\"}");
        }
        Grant grant = params.get("code") == null ? null : grants.remove(params.get("code"));
        if (grant == null || grant.expires().isBefore(Instant.now()) || !grant.redirectUri().equals(params.get("redirect_uri"))
                || params.get("code_verifier") == null || !grant.challenge().equals(challengeOf(params.get("code_verifier")))) {
            return new TokenAnswer(400, "{\"error\":\"invalid_grant\"}");
        }
        String idToken = signer.sign(claims(grant), misbehaviour.forging());
        return new TokenAnswer(200, "{\"access_token\":\"" + idToken.hashCode() + "-sandbox\",\"token_type\":\"Bearer\","
                + "\"expires_in\":" + TOKEN_LIFETIME.toSeconds() + ",\"scope\":\"openid profile\",\"id_token\":\"" + idToken + "\"}");
    }

    private Map<String, Object> claims(Grant grant) {
        long now = Instant.now().getEpochSecond() - (misbehaviour.expiring() ? 2 * TOKEN_LIFETIME.toSeconds() : 0);
        FakeUser person = grant.person();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer());
        claims.put("aud", misbehaviour.elsewhere() ? "another-bot" : grant.clientId());
        claims.put("sub", String.valueOf(person.id()));
        claims.put("id", person.id());
        claims.put("iat", now);
        claims.put("auth_time", now);
        claims.put("exp", now + TOKEN_LIFETIME.toSeconds());
        if (grant.nonce() != null) {
            claims.put("nonce", grant.nonce());
        }
        claims.put("name", person.firstName() + (person.lastName() == null ? "" : " " + person.lastName()));
        if (person.username() != null) {
            claims.put("preferred_username", person.username());
        }
        claims.put("picture", issuer() + "/photos/" + person.id() + ".jpg");
        return claims;
    }

    private boolean clientAuthenticated(Map<String, String> params, String authorization) {
        if (authorization != null && authorization.startsWith("Basic ")) {
            String pair = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
            return pair.equals(LoginRoutes.encode(clientId) + ":" + LoginRoutes.encode(clientSecret))
                    || pair.equals(clientId + ":" + clientSecret);
        }
        return clientId.equals(params.get("client_id")) && clientSecret.equals(params.get("client_secret"));
    }

    private static String challengeOf(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
