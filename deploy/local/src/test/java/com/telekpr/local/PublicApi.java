package com.telekpr.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The services' REST reports, read as the admin would through the panel: with the staff token of admin-api's first
 * admin (every service accepts admin-api's staff tokens where admins may read); GET, expect 200, JSON.
 */
final class PublicApi {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private PublicApi() {
    }

    static JsonNode get(String url) throws IOException, InterruptedException {
        return answer(AdminView.signedIn(HttpRequest.newBuilder(URI.create(url))).build());
    }

    /** The status of a signed-in GET of {@code url}, whatever it is. */
    static int status(String url) throws IOException, InterruptedException {
        return HTTP.send(AdminView.signedIn(HttpRequest.newBuilder(URI.create(url))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Sends {@code request}, whatever its method and headers; expects 200 and JSON. */
    static JsonNode answer(HttpRequest request) throws IOException, InterruptedException {
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), request.method() + " " + request.uri() + " → " + response.body());
        return JSON.readTree(response.body());
    }
}
