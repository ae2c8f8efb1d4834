package com.telekpr.gateway.domain.screen;

import com.telekpr.events.Button;
import com.telekpr.gateway.domain.Conversation;
import com.telekpr.gateway.domain.Facts;
import com.telekpr.gateway.domain.Press;
import com.telekpr.gateway.domain.Request;
import com.telekpr.gateway.domain.Turn;
import com.telekpr.gateway.domain.flow.OrderWizard;
import com.telekpr.gateway.domain.flow.OrderWizard.OrderQuote;

/** What the order wizard shows at each step. */
public final class OrderPrompts {

    private OrderPrompts() {
    }

    /** The step {@code at} as a message, after {@code note} when there is one. */
    public static Turn show(Request request, Conversation at, Facts facts, String note) {
        BotTexts texts = request.texts();
        if (facts.profiles().isEmpty()) {
            return Turn.reply(at.ended(), new Reply.Message(texts.get("order.no.profiles"),
                    new Keyboard().row(Button.callback(texts.get("menu.register"), "menu:register")).build()));
        }
        if (OrderWizard.CONFIRM.equals(at.step())) {
            var quote = OrderQuote.of(at, facts);
            if (quote.isPresent()) {
                return Turn.reply(at, prefixed(note, summary(request, quote.get())));
            }
            at = at.at(OrderWizard.PROFILE);
            note = texts.get("order.changed");
        }
        var keyboard = new Keyboard();
        String question = switch (at.step()) {
            case OrderWizard.PACKAGE -> {
                keyboard.grid(facts.prices().stream().filter(price -> !price.isEmailAddon())
                        .map(price -> Press.step(request, texts.get("order.package.button", price.sitesCount(),
                                price.price()), OrderWizard.PACKAGE, price.code())).toList(), 2);
                yield texts.get(facts.account().subscribed() ? "order.choose.package.subscriber" : "order.choose.package");
            }
            case OrderWizard.EMAIL -> {
                int price = OrderQuote.emailPrice(facts);
                keyboard.row(Press.step(request, texts.get("order.email.yes", price), OrderWizard.EMAIL, "yes"),
                        Press.step(request, texts.get("order.email.no"), OrderWizard.EMAIL, "no"));
                yield texts.get("order.email.question", price);
            }
            default -> {
                at = at.at(OrderWizard.PROFILE);
                keyboard.grid(facts.profiles().stream().map(profile -> Press.step(request, "👤 " + profile.displayName(),
                        OrderWizard.PROFILE, profile.id().toString())).toList(), 1);
                yield texts.get("order.choose.profile");
            }
        };
        keyboard.row(moves(request, !OrderWizard.PROFILE.equals(at.step())));
        return Turn.reply(at, new Reply.Message(note == null ? question : note + "\n\n" + question, keyboard.build()));
    }

    private static Reply.Message summary(Request request, OrderQuote quote) {
        BotTexts texts = request.texts();
        StringBuilder text = new StringBuilder(texts.get("order.summary", quote.profile().displayName(),
                quote.packageName(), quote.packagePrice()));
        if (quote.email()) {
            text.append('\n').append(texts.get("order.summary.email", quote.emailPrice()));
        }
        text.append('\n').append(texts.get("order.summary.total", quote.total(), quote.balance(),
                quote.balance() - quote.total()));
        var keyboard = new Keyboard();
        if (quote.shortBy() > 0) {
            text.append("\n\n").append(texts.get("order.short", quote.shortBy()));
            keyboard.row(Button.callback(texts.get("button.buy.tokens"), "menu:tokens"));
        } else {
            keyboard.row(Press.step(request, texts.get("button.confirm"), OrderWizard.CONFIRM));
        }
        keyboard.row(moves(request, true));
        return new Reply.Message(text.toString(), keyboard.build());
    }

    private static Button[] moves(Request request, boolean back) {
        var cancel = Press.step(request, request.texts().get("button.cancel"), "cancel");
        return back ? new Button[] {Press.step(request, request.texts().get("button.back"), "back"), cancel}
                : new Button[] {cancel};
    }

    private static Reply.Message prefixed(String note, Reply.Message message) {
        return note == null ? message : new Reply.Message(note + "\n\n" + message.text(), message.keyboard());
    }
}
