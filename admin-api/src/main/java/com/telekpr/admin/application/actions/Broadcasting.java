package com.telekpr.admin.application.actions;

import static com.telekpr.admin.application.actions.OrderActions.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.telekpr.admin.application.actions.ForwardedActions.Asker;
import com.telekpr.admin.application.port.OwnerAnswer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A broadcast from the panel (PRD §3.4.4, §8.4), told as a story: resolve the audience from the projections, write the
 * draft in notification-service, send it to exactly those users. A test goes to the asker's own chat (else every
 * admin's) and is answered when done; a real one is answered at once (202), its progress on the live stream.
 */
@ApplicationScoped
public class Broadcasting {
    static final String OWNER = "notification-service";
    private static final Duration POLL = Duration.ofMillis(200);

    private final ForwardedActions forwarded;
    private final BroadcastAudience audiences;
    private final BroadcastConfig config;

    Broadcasting(ForwardedActions forwarded, BroadcastAudience audiences, BroadcastConfig config) {
        this.forwarded = forwarded;
        this.audiences = audiences;
        this.config = config;
    }

    /** {title, message, emoji, testMode, audience, buttonText?, buttonUrl?}. */
    public record BroadcastOrder(String title, String message, String emoji, Boolean testMode, String audience,
                                 String buttonText, String buttonUrl) {
        boolean test() {
            return Boolean.TRUE.equals(testMode);
        }

        Map<String, Object> draft() {
            Map<String, Object> draft = new HashMap<>();
            draft.put("title", title);
            draft.put("message", message);
            draft.put("emoji", emoji);
            draft.put("testMode", test());
            draft.put("buttonText", buttonText);
            draft.put("buttonUrl", buttonUrl);
            return draft;
        }
    }

    public Uni<OwnerAnswer> broadcast(Asker asker, UUID linkedUser, BroadcastOrder order) {
        String audience = BroadcastAudience.checked(order.audience());
        return recipientsOf(order, audience, linkedUser).invoke(users -> {
            if (users.isEmpty()) {
                throw new NoRecipientsException(order.test() ? "no admin can receive a test broadcast now: link your"
                        + " account to your Telegram user, or make someone a bot admin"
                        : "the audience " + audience + " has nobody the bot can reach now");
            }
        }).chain(users -> forwarded.perform(asker.part("draft"), new StaffAction("broadcast.draft",
                        "broadcasts", params("title", order.title(), "audience", audience, "testMode", order.test()), null),
                        OWNER, "POST", "/broadcasts", order.draft())
                .chain(draft -> draft.succeeded() ? send(asker, draft.body().path("id").asText(), audience, order, users)
                        : Uni.createFrom().item(draft)));
    }

    /** The exact text and how many of the audience it reaches now. */
    public Uni<OwnerAnswer> preview(Asker asker, UUID linkedUser, BroadcastOrder order) {
        String audience = BroadcastAudience.checked(order.audience());
        return recipientsOf(order, audience, linkedUser).chain(users -> forwarded.read(asker, OWNER, "POST", "/broadcasts/preview", order.draft())
                .map(answer -> answer.succeeded() ? new OwnerAnswer(200, ((ObjectNode) answer.body())
                        .put("recipients", users.size()).put("audience", audience)) : answer));
    }

    /** A test's recipients (the asker's chat, else the admins'), or the audience's. */
    private Uni<List<UUID>> recipientsOf(BroadcastOrder order, String audience, UUID linkedUser) {
        return order.test() ? audiences.testRecipients(linkedUser) : audiences.recipients(audience);
    }

    private Uni<OwnerAnswer> send(Asker asker, String id, String audience, BroadcastOrder order, List<UUID> users) {
        return forwarded.perform(asker.part("send"), new StaffAction("broadcast.send", "broadcast:" + id,
                        params("audience", audience, "testMode", order.test(), "recipients", users.size()), null),
                OWNER, "POST", "/broadcasts/" + id + "/send-to", Map.of("recipients", users))
                .chain(sent -> !sent.succeeded() || !order.test() ? Uni.createFrom().item(sent) : finished(asker, id));
    }

    /** A test broadcast's outcome once nothing of it is pending (or the wait is over): the PRD's answer. */
    private Uni<OwnerAnswer> finished(Asker asker, String id) {
        return watched(asker, id, System.nanoTime() + config.testWait().toNanos())
                .map(last -> last.succeeded() ? new OwnerAnswer(200, outcome(id, last.body())) : last);
    }

    private Uni<OwnerAnswer> watched(Asker asker, String id, long deadline) {
        return forwarded.read(asker, OWNER, "GET", "/broadcasts/" + id, null).chain(answer ->
                !answer.succeeded() || done(answer.body()) || System.nanoTime() > deadline ? Uni.createFrom().item(answer)
                        : Uni.createFrom().voidItem().onItem().delayIt().by(POLL).chain(() -> watched(asker, id, deadline)));
    }

    private static boolean done(JsonNode broadcast) {
        return broadcast.path("report").path("pending").asInt() == 0 && !"sending".equals(broadcast.path("status").asText());
    }

    private static JsonNode outcome(String id, JsonNode broadcast) {
        JsonNode report = broadcast.path("report");
        return JsonNodeFactory.instance.objectNode().put("success", report.path("failed").asInt() == 0
                        && report.path("pending").asInt() == 0).put("broadcastId", id)
                .put("sent", report.path("sent").asInt()).put("failed", report.path("failed").asInt())
                .put("successRate", report.path("successRate").asDouble()).put("status", broadcast.path("status").asText());
    }
}
