package com.telekpr.gateway.domain.flow;

import com.telekpr.events.OrderCommand.CancelOrder;
import com.telekpr.events.OrderCommand.RerunOrder;
import com.telekpr.gateway.domain.Conversation;
import com.telekpr.gateway.domain.Facts;
import com.telekpr.gateway.domain.Lookup;
import com.telekpr.gateway.domain.Press;
import com.telekpr.gateway.domain.Request;
import com.telekpr.gateway.domain.Turn;
import com.telekpr.gateway.domain.facts.OrderCard;
import com.telekpr.gateway.domain.screen.OrderScreens;
import com.telekpr.gateway.domain.screen.Reply;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * /orders (product.md §5): the user's orders page by page, filtered by status; an order's status, queue place
 * and history; Cancel for a pending one (asked twice), Rerun for a completed one. Buttons carry order ids;
 * each press reads the order back with the presser's user id, so another user's id finds nothing.
 */
public final class OrdersDesk implements Flow {
    static final String LIST = "ords";
    public static final String ONE = "ord";
    static final Set<String> FILTERS = Set.of("all", "pending", "processing", "assigned", "completed", "cancelled",
            "rejected");

    @Override
    public List<Lookup> needs(Request request) {
        Press press = request.press();
        if (ONE.equals(press.kind())) {
            UUID id = press.argAsId();
            return id == null ? List.of() : List.of(new Lookup.Order(id));
        }
        return List.of(listQuery(press));
    }

    @Override
    public Turn decide(Request request, Facts facts) {
        Press press = request.press();
        Conversation same = request.conversation();
        if (!ONE.equals(press.kind())) {
            var query = listQuery(press);
            return Turn.reply(same, OrderScreens.list(request, query, facts.orders(query)));
        }
        UUID id = press.argAsId();
        var order = id == null ? java.util.Optional.<OrderCard>empty() : facts.order(new Lookup.Order(id));
        if (order.isEmpty()) {
            return Turn.reply(same, new Reply.Message(request.texts().get("orders.not.found")));
        }
        OrderCard card = order.get();
        return switch (press.action()) {
            case "c" -> Turn.reply(same, OrderScreens.cancelQuestion(request, card));
            case "cc" -> "pending".equals(card.status())
                    ? Turn.send(same, new Reply.Message(request.texts().get("orders.cancelling", card.reference())),
                            new CancelOrder(card.id(), "cancelled by the customer in the bot"))
                    : Turn.reply(same, new Reply.Message(request.texts().get("orders.cannot.cancel", card.reference(),
                            request.texts().get("status." + card.status()))));
            case "r" -> "completed".equals(card.status())
                    ? Turn.send(same, new Reply.Message(request.texts().get("orders.rerunning", card.reference())),
                            new RerunOrder(card.id(), request.idForButton("rerun:" + card.id())))
                    : Turn.reply(same, new Reply.Message(request.texts().get("orders.cannot.rerun", card.reference())));
            default -> Turn.reply(same, OrderScreens.details(request, card));
        };
    }

    private static Lookup.Orders listQuery(Press press) {
        if (!LIST.equals(press.kind())) {
            return new Lookup.Orders("all", 0);
        }
        String status = FILTERS.contains(press.action()) ? press.action() : "all";
        int page;
        try {
            page = Math.max(0, Math.min(100_000, Integer.parseInt(press.arg())));
        } catch (NumberFormatException forged) {
            page = 0;
        }
        return new Lookup.Orders(status, page);
    }

    /** A list button's data, as listQuery reads it back; public for the list screen's pages and filters. */
    public static String filterData(String status, int page) {
        return LIST + ":" + status + ":" + page;
    }
}
