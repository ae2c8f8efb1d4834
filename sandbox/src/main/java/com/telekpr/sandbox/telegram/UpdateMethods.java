package com.telekpr.sandbox.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * getUpdates, setWebhook, deleteWebhook and getWebhookInfo. Numbers out of range are clamped into it, as the Bot API
 * server does; only the webhook URL and secret are refused. Ports are not restricted to Telegram's 443, 80, 88 and
 * 8443, so tests can listen on any free port, but the URL must be http(s).
 */
final class UpdateMethods {
    /** The Bot API server's own ceiling for a long poll. */
    private static final int MAX_TIMEOUT_SECONDS = 50;
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    private final UpdateQueue queue;
    private final WebhookSender sender;

    UpdateMethods(UpdateQueue queue, WebhookSender sender) {
        this.queue = queue;
        this.sender = sender;
    }

    BotAnswer getUpdates(BotRequest request) {
        long offset = longArg(request, "offset", 0);
        int limit = (int) Math.min(100, Math.max(1, longArg(request, "limit", 100)));
        long timeout = Math.min(MAX_TIMEOUT_SECONDS, Math.max(0, longArg(request, "timeout", 0)));
        List<String> allowed = request.has("allowed_updates") ? allowedUpdates(request) : null;
        ArrayNode result = TelegramJson.JSON.createArrayNode();
        try {
            queue.poll(offset, limit, TimeUnit.SECONDS.toNanos(timeout), allowed).forEach(u -> result.add(u.json()));
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt(); // the simulator is stopping: answer what there is, which is nothing
        }
        return BotAnswer.of(result);
    }

    BotAnswer setWebhook(BotRequest request) {
        String url = request.string("url");
        if (url == null || url.isBlank()) {
            return deleteWebhook(request); // Telegram's way of removing a webhook, too
        }
        checkUrl(url.trim());
        String secret = request.has("secret_token") ? request.string("secret_token") : null;
        if (secret != null && !SECRET.matcher(secret).matches()) {
            throw BotApiError.badRequest("secret token contains unallowed characters");
        }
        int maxConnections = (int) Math.min(100, Math.max(1, longArg(request, "max_connections", 40)));
        List<String> allowed = request.has("allowed_updates") ? allowedUpdates(request) : null;
        boolean changed = queue.setWebhook(new WebhookConfig(url.trim(), secret, maxConnections), allowed,
                request.flag("drop_pending_updates"));
        if (changed) {
            sender.forgetFailures();
            sender.wake();
        }
        return new BotAnswer(BooleanNode.TRUE, changed ? "Webhook was set" : "Webhook is already set");
    }

    BotAnswer deleteWebhook(BotRequest request) {
        boolean had = queue.deleteWebhook(request.flag("drop_pending_updates"));
        sender.forgetFailures();
        return new BotAnswer(BooleanNode.TRUE, had ? "Webhook was deleted" : "Webhook is already deleted");
    }

    /** Optional fields are left out when unset, as Telegram does. */
    BotAnswer getWebhookInfo(BotRequest request) {
        UpdateQueue.Snapshot info = queue.snapshot();
        ObjectNode json = TelegramJson.JSON.createObjectNode()
                .put("url", info.webhook() == null ? "" : info.webhook().url()).put("has_custom_certificate", false)
                .put("pending_update_count", info.pendingCount());
        if (info.lastErrorAt() != null) {
            json.put("last_error_date", info.lastErrorAt().getEpochSecond())
                    .put("last_error_message", info.lastErrorMessage());
        }
        if (info.webhook() != null) {
            json.put("max_connections", info.webhook().maxConnections());
        }
        if (!info.allowedUpdates().isEmpty()) {
            ArrayNode types = json.putArray("allowed_updates");
            info.allowedUpdates().forEach(types::add);
        }
        return BotAnswer.of(json);
    }

    private static void checkUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException malformed) {
            throw BotApiError.badRequest("invalid webhook URL specified");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw BotApiError.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }
        if (uri.getHost() == null) {
            throw BotApiError.badRequest("invalid webhook URL specified");
        }
    }

    /** A JSON array of update type names; an empty array means the default set (every type the sandbox makes). */
    private static List<String> allowedUpdates(BotRequest request) {
        List<String> types = new ArrayList<>();
        try {
            JsonNode array = TelegramJson.JSON.readTree(request.string("allowed_updates"));
            if (array != null && array.isArray()) {
                array.forEach(type -> types.add(type.asText()));
            }
        } catch (IOException notJson) {
            throw BotApiError.badRequest("can't parse allowed updates");
        }
        return types;
    }

    /** Like the Bot API server, a value that is not a number counts as absent. */
    private static long longArg(BotRequest request, String name, long fallback) {
        if (!request.has(name)) {
            return fallback;
        }
        try {
            return Long.parseLong(request.string(name).trim());
        } catch (NumberFormatException notNumeric) {
            return fallback;
        }
    }
}
