package com.telekpr.admin.application.port;

import java.util.UUID;

/**
 * One write for an owning service: {@code owner} is its name, {@code baseUrl} its address, {@code body} any value
 * written as JSON (null: none), {@code staffToken} the signed-in person's bearer token, passed on.
 */
public record OwnerRequest(String owner, String baseUrl, String method, String path, Object body, String idempotencyKey,
                           String staffToken, UUID correlationId) {
}
