package com.telekpr.admin.application.actions;

import com.telekpr.admin.application.actions.ForwardedActions.Asker;
import com.telekpr.admin.application.actions.OrderActions.Assignment;
import com.telekpr.admin.application.actions.OrderActions.Note;
import com.telekpr.admin.application.actions.OrderActions.StatusChange;
import com.telekpr.admin.application.port.OwnerAnswer;
import com.telekpr.rest.InvalidRequestException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * One action on many orders (PRD §3.4.2 bulk): each order is its own forwarded, audited action, with the bulk key
 * and its id as its key, so a repeated bulk request repeats nothing; every order's outcome is reported, a refused
 * one among the rest (partial success is shown, never hidden).
 */
@ApplicationScoped
public class OrderBulk {
    public static final int MAX_ORDERS = 100;

    private final OrderActions orders;

    OrderBulk(OrderActions orders) {
        this.orders = orders;
    }

    /** {ids, action: status|assign|cancel|note|archive, status?, operatorId?, note?, customerMessage?}. */
    public record BulkRequest(List<String> ids, String action, String status, UUID operatorId, String note,
                              String customerMessage) {
    }

    public record BulkResult(String action, int requested, int done, int refused, int unknown, List<PartOutcome> results) {
    }

    public Uni<BulkResult> perform(Asker asker, BulkRequest request) {
        List<UUID> ids = checkedIds(request.ids());
        String action = checkedAction(request);
        return Multi.createFrom().iterable(ids)
                .onItem().transformToUniAndConcatenate(id -> PartOutcome.of(id.toString(),
                        one(asker.part(id.toString()), id, action, request)))
                .collect().asList()
                .map(results -> new BulkResult(action, ids.size(), count(results, "done"), count(results, "refused"),
                        count(results, "unknown"), results));
    }

    private Uni<OwnerAnswer> one(Asker asker, UUID id, String action, BulkRequest request) {
        return switch (action) {
            case "status" -> orders.changeStatus(asker, id, new StatusChange(request.status(), request.note(),
                    request.customerMessage()));
            case "cancel" -> orders.changeStatus(asker, id, new StatusChange("cancelled", request.note(),
                    request.customerMessage()));
            case "assign" -> orders.assign(asker, id, new Assignment(request.operatorId(), request.note()));
            case "note" -> orders.note(asker, id, new Note(request.note()));
            default -> orders.archive(asker, id, request.note(), request.customerMessage());
        };
    }

    private static int count(List<PartOutcome> results, String outcome) {
        return (int) results.stream().filter(result -> result.outcome().equals(outcome)).count();
    }

    private static List<UUID> checkedIds(List<String> ids) {
        if (ids == null || ids.isEmpty() || ids.size() > MAX_ORDERS) {
            throw new InvalidRequestException("ids", "ids must list 1 to " + MAX_ORDERS + " order ids");
        }
        var seen = new HashSet<UUID>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id;
            try {
                id = UUID.fromString(String.valueOf(ids.get(i)));
            } catch (IllegalArgumentException notAnId) {
                throw new InvalidRequestException("ids[" + i + "]", "ids[" + i + "] is not an order id");
            }
            if (!seen.add(id)) {
                throw new InvalidRequestException("ids[" + i + "]", "ids[" + i + "] is listed twice");
            }
        }
        return List.copyOf(ids.stream().map(UUID::fromString).toList());
    }

    private static String checkedAction(BulkRequest request) {
        String action = request.action() == null ? "" : request.action();
        switch (action) {
            case "status" -> require(request.status(), "status", "status is required with action status");
            case "assign" -> require(request.operatorId(), "operatorId", "operatorId is required with action assign");
            case "note" -> require(request.note(), "note", "note is required with action note");
            case "cancel", "archive" -> {
            }
            default -> throw new InvalidRequestException("action", "action must be status, assign, cancel, note or archive");
        }
        return action;
    }

    private static void require(Object value, String field, String message) {
        if (value == null || value.toString().isBlank()) {
            throw new InvalidRequestException(field, message);
        }
    }
}
