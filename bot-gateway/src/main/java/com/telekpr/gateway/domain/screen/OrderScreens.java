package com.telekpr.gateway.domain.screen;

import com.telekpr.events.Button;
import com.telekpr.gateway.domain.Lookup;
import com.telekpr.gateway.domain.Press;
import com.telekpr.gateway.domain.Request;
import com.telekpr.gateway.domain.facts.OrderCard;
import com.telekpr.gateway.domain.facts.Page;
import com.telekpr.gateway.domain.flow.OrdersDesk;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** How /orders shows a page of orders and one order. */
public final class OrderScreens {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final List<String> FILTER_ROW_1 = List.of("all", "pending", "processing", "assigned");
    private static final List<String> FILTER_ROW_2 = List.of("completed", "cancelled", "rejected");

    private OrderScreens() {
    }

    public static Reply.Message list(Request request, Lookup.Orders query, Page<OrderCard> page) {
        BotTexts texts = request.texts();
        String filter = texts.get("filter." + query.status());
        var keyboard = new Keyboard();
        StringBuilder text = new StringBuilder();
        if (page == null || page.items().isEmpty()) {
            text.append(texts.get("orders.none", filter));
        } else {
            text.append(texts.get("orders.title", filter, page.page() + 1, page.lastPage() + 1, page.total()));
            keyboard.grid(page.items().stream().map(order -> Press.desk(order.reference() + " · "
                    + texts.get("status." + order.status()), OrdersDesk.ONE, "v", order.id())).toList(), 1);
            List<Button> turn = new ArrayList<>();
            if (page.page() > 0) {
                turn.add(Button.callback("◀", OrdersDesk.filterData(query.status(), page.page() - 1)));
            }
            if (page.hasNext()) {
                turn.add(Button.callback("▶", OrdersDesk.filterData(query.status(), page.page() + 1)));
            }
            keyboard.row(turn.toArray(Button[]::new));
        }
        keyboard.row(filters(texts, query.status(), FILTER_ROW_1)).row(filters(texts, query.status(), FILTER_ROW_2));
        return new Reply.Message(text.toString(), keyboard.build());
    }

    private static Button[] filters(BotTexts texts, String current, List<String> statuses) {
        return statuses.stream().map(status -> Button.callback((status.equals(current) ? "• " : "")
                + texts.get("filter." + status), OrdersDesk.filterData(status, 0))).toArray(Button[]::new);
    }

    public static Reply.Message details(Request request, OrderCard order) {
        BotTexts texts = request.texts();
        StringBuilder text = new StringBuilder(texts.get("orders.details", order.reference(), order.productName(),
                order.sitesCount(), texts.get(order.emailConfirmation() ? "yes" : "no"), order.tokenCost(),
                texts.get("status." + order.status()), DAY.format(order.createdAt())));
        if (order.queuePosition() != null) {
            text.append('\n').append(texts.get("orders.position", order.queuePosition()));
        }
        if (order.history() != null && !order.history().isEmpty()) {
            text.append("\n\n").append(texts.get("orders.history"));
            for (OrderCard.Step step : order.history()) {
                text.append("\n• ").append(DAY.format(step.at())).append(" — ").append(texts.get("status." + step.to()));
                if (step.note() != null && !step.note().isBlank()) {
                    text.append(" (").append(step.note()).append(')');
                }
            }
        }
        var keyboard = new Keyboard();
        if ("pending".equals(order.status())) {
            keyboard.row(Press.desk(texts.get("button.cancel.order"), OrdersDesk.ONE, "c", order.id()));
        }
        if ("completed".equals(order.status())) {
            keyboard.row(Press.desk(texts.get("button.rerun"), OrdersDesk.ONE, "r", order.id()));
        }
        keyboard.row(Button.callback(texts.get("button.all.orders"), OrdersDesk.filterData("all", 0)));
        return new Reply.Message(text.toString(), keyboard.build());
    }

    public static Reply.Message cancelQuestion(Request request, OrderCard order) {
        BotTexts texts = request.texts();
        return new Reply.Message(texts.get("orders.cancel.question", order.reference(), order.tokenCost()),
                new Keyboard().row(Press.desk(texts.get("button.yes.cancel"), OrdersDesk.ONE, "cc", order.id()),
                        Press.desk(texts.get("button.no.keep"), OrdersDesk.ONE, "v", order.id())).build());
    }
}
