package com.telekpr.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser going through a Telegram login step by step, following no redirect by itself: admin-api's login path,
 * the sandbox's authorize page and its approval, admin-api's callback, the login path again. It keeps the cookies
 * of admin-api's origin (secure ones too: the test runs on plain http) and sends them back.
 */
public final class TelegramBrowserLogin {
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public TelegramBrowserLogin(URI base) {
        this.base = base;
    }

    /** Goes all the way as the Telegram user {@code telegramId}; answers where admin-api sends the browser at the end. */
    public String logInAs(long telegramId) throws Exception {
        HttpResponse<String> callback = toCallback(telegramId);
        expectRedirect(callback, "the callback");
        HttpResponse<String> login = get(URI.create(base.resolve(location(callback)).toString()));
        expectRedirect(login, "the login path after the callback");
        return location(login);
    }

    /** The status admin-api's callback answers, after Telegram's approval as the Telegram user {@code telegramId}. */
    public int callbackStatusAs(long telegramId) throws Exception {
        return toCallback(telegramId).statusCode();
    }

    private HttpResponse<String> toCallback(long telegramId) throws Exception {
        HttpResponse<String> start = get(base.resolve("api/admin/login/telegram"));
        expectRedirect(start, "the login path");
        URI authorize = URI.create(location(start));
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(authorize).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200 || !page.body().contains("Log in as")) {
            throw new AssertionError("the authorize page: " + page.statusCode() + " " + page.body());
        }
        String form = authorize.getRawQuery() + "&user=" + telegramId;
        HttpResponse<String> approved = http.send(HttpRequest.newBuilder(URI.create(authorize.getScheme() + "://"
                        + authorize.getRawAuthority() + authorize.getRawPath())).header("Content-Type",
                        "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        expectRedirect(approved, "the approval");
        return get(URI.create(location(approved)));
    }

    public HttpResponse<String> post(String path, String cookie) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path.substring(1))).header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri).GET();
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String value = pair.substring(equals + 1);
            if (value.isEmpty() || header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                cookies.remove(pair.substring(0, equals));
            } else {
                cookies.put(pair.substring(0, equals), value);
            }
        }
        return response;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location"));
    }

    private static void expectRedirect(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 3) {
            throw new AssertionError(what + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
