package com.telekpr.gateway.domain.flow;

import com.telekpr.events.Button;
import com.telekpr.events.PaymentCommand.CreateTokenPurchase;
import com.telekpr.gateway.domain.Conversation;
import com.telekpr.gateway.domain.Facts;
import com.telekpr.gateway.domain.Lookup;
import com.telekpr.gateway.domain.Press;
import com.telekpr.gateway.domain.Request;
import com.telekpr.gateway.domain.Turn;
import com.telekpr.gateway.domain.facts.PurchaseOptions;
import com.telekpr.gateway.domain.facts.Transaction;
import com.telekpr.gateway.domain.screen.BotTexts;
import com.telekpr.gateway.domain.screen.Keyboard;
import com.telekpr.gateway.domain.screen.Reply;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * /tokens (product.md §6): the balance, the latest transactions, and Buy — a bundle, or a typed amount within
 * payment-service's limits — which becomes CreateTokenPurchase; the payment link arrives as a URL button
 * from notification-service once OxaPay made the invoice.
 */
public final class TokensDesk implements Flow {
    static final String FLOW = "tokens";
    static final String KIND = "tok";
    static final String AMOUNT = "amount";
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(java.time.ZoneOffset.UTC);
    private static final java.util.regex.Pattern GROUPED = java.util.regex.Pattern.compile(
            "^\\d{1,9}$|^\\d{1,3}([.,\\s\u00a0\u202f']\\d{3}){1,2}$");

    @Override
    public List<Lookup> needs(Request request) {
        return List.of(new Lookup.Account(), new Lookup.RecentTransactions(), new Lookup.TokenOffer());
    }

    @Override
    public Turn decide(Request request, Facts facts) {
        Press press = request.press();
        Conversation conversation = request.conversation();
        BotTexts texts = request.texts();
        PurchaseOptions offer = facts.tokenOffer();
        if (KIND.equals(press.kind()) && "buy".equals(press.action())) {
            return buy(request, conversation, offer, press.arg(), request.idForButton("payment:" + press.arg()));
        }
        if (KIND.equals(press.kind()) && "custom".equals(press.action())) {
            var asking = conversation.start(FLOW, AMOUNT, Map.of());
            return Turn.reply(asking, askAmount(request, offer, null));
        }
        if (conversation.in(FLOW) && press.isConversation() && "cancel".equals(press.action())) {
            return Turn.reply(conversation.ended(), new Reply.Message(texts.get("tokens.cancelled")));
        }
        if (conversation.in(FLOW) && !request.update().isButtonPress() && request.update().command() == null) {
            return buy(request, conversation, offer, request.text(), request.newId("payment"));
        }
        return Turn.reply(conversation.in(FLOW) ? conversation.ended() : conversation, overview(request, facts));
    }

    private static Turn buy(Request request, Conversation conversation, PurchaseOptions offer, String amountText,
                            java.util.UUID paymentId) {
        int tokens = wholeNumber(amountText);
        if (tokens < offer.minTokens() || tokens > offer.maxTokens()) {
            var asking = conversation.in(FLOW) ? conversation : conversation.start(FLOW, AMOUNT, Map.of());
            return Turn.reply(asking, askAmount(request, offer, request.texts().get("tokens.amount.invalid",
                    offer.minTokens(), offer.maxTokens())));
        }
        var creating = new Reply.Message(request.texts().get("tokens.creating", tokens, usd(offer, tokens)));
        var next = conversation.in(FLOW) ? conversation.ended() : conversation;
        return Turn.send(next, creating, new CreateTokenPurchase(paymentId, tokens));
    }

    /** "1250", "1,250", "1.250" or "1 250" (as the user's language groups digits) → 1250; anything else → -1. */
    static int wholeNumber(String text) {
        String trimmed = text.strip();
        if (!GROUPED.matcher(trimmed).matches()) {
            return -1;
        }
        try {
            return Integer.parseInt(trimmed.replaceAll("[^0-9]", ""));
        } catch (NumberFormatException tooLong) {
            return -1;
        }
    }

    private static Reply.Message askAmount(Request request, PurchaseOptions offer, String problem) {
        String question = request.texts().get("tokens.amount.question", offer.minTokens(), offer.maxTokens(),
                offer.usdPerToken().toPlainString());
        return new Reply.Message(problem == null ? question : problem + "\n\n" + question,
                new Keyboard().row(Press.step(request, request.texts().get("button.cancel"), "cancel")).build());
    }

    private static Reply.Message overview(Request request, Facts facts) {
        BotTexts texts = request.texts();
        StringBuilder text = new StringBuilder(texts.get("tokens.balance", facts.account().balance()));
        if (!facts.transactions().isEmpty()) {
            text.append("\n\n").append(texts.get("tokens.recent"));
            for (Transaction tx : facts.transactions()) {
                text.append("\n• ").append(DAY.format(tx.createdAt())).append("  ").append(tx.amount() > 0 ? "+" : "")
                        .append(tx.amount()).append(" — ")
                        .append(texts.has("tx." + tx.type()) ? texts.get("tx." + tx.type()) : tx.description());
            }
        }
        PurchaseOptions offer = facts.tokenOffer();
        text.append("\n\n").append(texts.get("tokens.buy", offer.usdPerToken().toPlainString()));
        var keyboard = new Keyboard().grid(offer.bundles().stream().map(bundle -> Press.desk(
                texts.get("tokens.bundle", bundle, usd(offer, bundle)), KIND, "buy", bundle)).toList(), 2);
        keyboard.row(Button.callback(texts.get("button.other.amount"), KIND + ":custom"));
        return new Reply.Message(text.toString(), keyboard.build());
    }

    static String usd(PurchaseOptions offer, int tokens) {
        return offer.usdPerToken().multiply(BigDecimal.valueOf(tokens)).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
