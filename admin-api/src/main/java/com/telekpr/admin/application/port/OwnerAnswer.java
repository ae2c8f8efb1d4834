package com.telekpr.admin.application.port;

import com.fasterxml.jackson.databind.JsonNode;

/** What an owning service answered: its status and JSON body (its own error shape when it refused). */
public record OwnerAnswer(int status, JsonNode body) {

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }

    /** The owner's own words for a refusal, else its status. */
    public String message() {
        return body != null && body.hasNonNull("message") ? body.get("message").asText() : "HTTP " + status;
    }
}
