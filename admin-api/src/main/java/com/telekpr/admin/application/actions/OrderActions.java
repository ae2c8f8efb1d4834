package com.telekpr.admin.application.actions;

import com.telekpr.admin.application.actions.ForwardedActions.Asker;
import com.telekpr.admin.application.lists.OrderQueries;
import com.telekpr.admin.application.port.OwnerAnswer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Staff moves of orders (PRD §3.4.2), each forwarded to order-service, which checks it against the status machine
 * and an operator's reach (their own orders); the audit entry keeps the order as the projection showed it before.
 */
@ApplicationScoped
public class OrderActions {
    static final String OWNER = "order-service";

    private final ForwardedActions forwarded;
    private final OrderQueries orders;

    OrderActions(ForwardedActions forwarded, OrderQueries orders) {
        this.forwarded = forwarded;
        this.orders = orders;
    }

    /** {status, note, customerMessage}: staff's note stays with staff; the customer is told customerMessage. */
    public record StatusChange(String status, String note, String customerMessage) {
    }

    public record Assignment(UUID operatorId, String note) {
    }

    public record Note(String note) {
    }

    public record Position(Integer position) {
    }

    public Uni<OwnerAnswer> changeStatus(Asker asker, UUID order, StatusChange change) {
        return forward(asker, "order.status", order, params("status", change.status(), "note", change.note(),
                "customerMessage", change.customerMessage()), "PUT", "/orders/" + order + "/status", change);
    }

    public Uni<OwnerAnswer> assign(Asker asker, UUID order, Assignment assignment) {
        return forward(asker, "order.assign", order, params("operatorId", assignment.operatorId(), "note",
                assignment.note()), "POST", "/orders/" + order + "/assign", assignment);
    }

    public Uni<OwnerAnswer> note(Asker asker, UUID order, Note note) {
        return forward(asker, "order.note", order, params("note", note.note()), "POST", "/orders/" + order + "/notes", note);
    }

    /** DELETE: an unfinished order is cancelled with its refund (the texts go with that cancel), then archived. */
    public Uni<OwnerAnswer> archive(Asker asker, UUID order, String note, String customerMessage) {
        String query = Stream.of(queryPart("note", note), queryPart("customerMessage", customerMessage))
                .filter(part -> !part.isEmpty()).collect(Collectors.joining("&"));
        return forward(asker, "order.archive", order, params("note", note, "customerMessage", customerMessage), "DELETE",
                "/orders/" + order + (query.isEmpty() ? "" : "?" + query), null);
    }

    private static String queryPart(String name, String value) {
        return value == null || value.isBlank() ? "" : name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8);
    }

    public Uni<OwnerAnswer> moveInQueue(Asker asker, UUID order, Position position) {
        return forward(asker, "queue.move", order, params("position", position.position()), "PUT", "/queue/" + order,
                position);
    }

    /** The first waiting order becomes the asking operator's; which one it was, only the answer tells. */
    public Uni<OwnerAnswer> takeNext(Asker asker) {
        return forwarded.perform(asker, new StaffAction("queue.take_next", "queue", Map.of(), null), OWNER, "POST",
                "/queue/take-next", Map.of());
    }

    private Uni<OwnerAnswer> forward(Asker asker, String name, UUID order, Map<String, Object> parameters, String method,
                                     String path, Object body) {
        return before(order).chain(before -> forwarded.perform(asker,
                new StaffAction(name, "order:" + order, parameters, before), OWNER, method, path, body));
    }

    /** The order as staff saw it: status, operator and place in the queue; null when the projection has none yet. */
    private Uni<Map<String, Object>> before(UUID order) {
        return orders.summary(order).map(found -> found.isEmpty() ? null : params("status", found.get(0).status(),
                "operatorId", found.get(0).operatorId(), "queuePosition", found.get(0).queuePosition()));
    }

    /** Name-value pairs, the null values left out. */
    static Map<String, Object> params(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1] instanceof UUID id ? id.toString() : pairs[i + 1]);
            }
        }
        return map;
    }
}
