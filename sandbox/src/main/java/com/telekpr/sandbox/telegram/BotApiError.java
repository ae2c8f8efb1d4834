package com.telekpr.sandbox.telegram;

/** An error answer of the Bot API: the HTTP status is the error_code, as with the real Telegram. */
final class BotApiError extends RuntimeException {
    final int code;
    final String description;
    /** Seconds for {@code parameters.retry_after}; 0 when the answer carries none. */
    final long retryAfter;

    private BotApiError(int code, String description, long retryAfter) {
        super(code + " " + description, null, false, false); // control flow, not a failure: no stack trace
        this.code = code;
        this.description = description;
        this.retryAfter = retryAfter;
    }

    static BotApiError badRequest(String reason) {
        return new BotApiError(400, "Bad Request: " + reason, 0);
    }

    static BotApiError forbidden(String reason) {
        return new BotApiError(403, "Forbidden: " + reason, 0);
    }

    static BotApiError tooManyRequests(long retryAfterSeconds) {
        long seconds = Math.max(1, retryAfterSeconds);
        return new BotApiError(429, "Too Many Requests: retry after " + seconds, seconds);
    }

    static BotApiError conflict(String reason) {
        return new BotApiError(409, "Conflict: " + reason, 0);
    }

    static BotApiError unauthorized() {
        return new BotApiError(401, "Unauthorized", 0);
    }

    static BotApiError notFound() {
        return new BotApiError(404, "Not Found", 0);
    }

    /** A forced failure with the given status, described the way Telegram's front end describes it. */
    static BotApiError withStatus(int status, long retryAfterSeconds) {
        return switch (status) {
            case 429 -> tooManyRequests(retryAfterSeconds);
            case 400 -> badRequest("forced failure");
            case 401 -> unauthorized();
            case 403 -> forbidden("bot was blocked by the user");
            case 404 -> notFound();
            case 500 -> new BotApiError(500, "Internal Server Error", 0);
            case 502 -> new BotApiError(502, "Bad Gateway", 0);
            case 503 -> new BotApiError(503, "Service Unavailable", 0);
            case 504 -> new BotApiError(504, "Gateway Timeout", 0);
            default -> new BotApiError(status, "Error " + status, 0);
        };
    }
}
