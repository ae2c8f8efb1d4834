package com.telekpr.sandbox.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.sandbox.telegram.FakeUser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the login simulator holds a client to, as Telegram does: PKCE, its own redirect, its secret, one use of a code. */
class TelegramLoginSimulatorTest {
    private static final String VERIFIER = "a-verifier-of-enough-length-0123456789abcdef";
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final FakeUser ana = new FakeUser(42, "Ana", null, "ana", "en");
    private TelegramLoginSimulator telegram;

    @BeforeEach
    void start() {
        telegram = TelegramLoginSimulator.start(0, "7000000001", "secret", () -> List.of(ana));
    }

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void anAuthorizeRequestWithoutPkceOrWithAnUnknownClientIsRefused() throws Exception {
        assertEquals(400, get("/auth?response_type=code&client_id=7000000001&redirect_uri=http%3A%2F%2F127.0.0.1%3A1%2Fcb"
                + "&scope=openid").statusCode(), "no code_challenge");
        assertEquals(400, get("/auth?response_type=code&client_id=666&redirect_uri=http%3A%2F%2F127.0.0.1%3A1%2Fcb"
                + "&scope=openid&code_challenge=x&code_challenge_method=S256").statusCode(), "unknown client");
    }

    @Test
    void aCodeIsExchangedOnceAndOnlyWithItsVerifierAndSecret() throws Exception {
        String code = approve();
        assertEquals(400, token(code, "not-the-verifier", "secret").statusCode(), "a wrong verifier spends the code");
        String again = approve();
        assertEquals(401, token(again, VERIFIER, "wrong").statusCode(), "a wrong client secret");
        var answer = token(again, VERIFIER, "secret");
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"id_token\""), answer.body());
        assertEquals(400, token(again, VERIFIER, "secret").statusCode(), "a code is used once");
    }

    private String approve() throws Exception {
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(VERIFIER.getBytes(StandardCharsets.US_ASCII)));
        String form = "response_type=code&client_id=7000000001&redirect_uri=http%3A%2F%2F127.0.0.1%3A1%2Fcb&scope=openid"
                + "&state=s&code_challenge=" + challenge + "&code_challenge_method=S256&user=42";
        var approved = http.send(HttpRequest.newBuilder(URI.create(telegram.issuer() + "/auth"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, approved.statusCode(), approved.body());
        String location = approved.headers().firstValue("Location").orElseThrow();
        return LoginRoutes.form(URI.create(location).getRawQuery()).get("code");
    }

    private HttpResponse<String> token(String code, String verifier, String secret) throws Exception {
        String form = "grant_type=authorization_code&code=" + code + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A1%2Fcb"
                + "&code_verifier=" + verifier + "&client_id=7000000001&client_secret=" + secret;
        return http.send(HttpRequest.newBuilder(URI.create(telegram.issuer() + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(telegram.issuer() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
