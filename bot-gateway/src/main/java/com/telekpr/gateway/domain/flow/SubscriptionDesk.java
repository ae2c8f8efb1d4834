package com.telekpr.gateway.domain.flow;

import com.telekpr.events.Button;
import com.telekpr.events.WalletCommand.PurchaseSubscription;
import com.telekpr.gateway.domain.Conversation;
import com.telekpr.gateway.domain.Facts;
import com.telekpr.gateway.domain.Lookup;
import com.telekpr.gateway.domain.Press;
import com.telekpr.gateway.domain.Request;
import com.telekpr.gateway.domain.Turn;
import com.telekpr.gateway.domain.facts.AccountCard;
import com.telekpr.gateway.domain.facts.SubscriptionPlan;
import com.telekpr.gateway.domain.screen.BotTexts;
import com.telekpr.gateway.domain.screen.Keyboard;
import com.telekpr.gateway.domain.screen.Reply;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * /subscribe (product.md §7.1): the user's premium status and expiry, the benefits and the price; Buy pays with
 * tokens (PurchaseSubscription, decided by wallet-service). Short of tokens, it says by how much and
 * offers Buy tokens. Buy is a conversation button, so a second tap on the same message is stale rather
 * than a second purchase.
 */
public final class SubscriptionDesk implements Flow {
    static final String FLOW = "subscribe";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    @Override
    public List<Lookup> needs(Request request) {
        return List.of(new Lookup.Account(), new Lookup.Plan());
    }

    @Override
    public Turn decide(Request request, Facts facts) {
        BotTexts texts = request.texts();
        AccountCard account = facts.account();
        SubscriptionPlan plan = facts.plan();
        int shortBy = Math.max(0, plan.priceTokens() - account.balance());
        Conversation conversation = request.conversation();
        if (conversation.in(FLOW) && !request.update().isButtonPress() && request.update().command() == null) {
            // the offer waits for a tap only; words go to the front desk as anywhere else
            return Turn.reply(conversation.ended(), FrontDesk.reply(request.update(), request.visitor()));
        }
        if (conversation.in(FLOW) && "buy".equals(request.press().action()) && shortBy == 0) {
            return Turn.send(conversation.ended(), new Reply.Message(texts.get("subscribe.buying", plan.priceTokens())),
                    new PurchaseSubscription(request.newId("subscription"), plan.type()));
        }
        StringBuilder text = new StringBuilder(account.subscribed()
                ? texts.get("subscribe.active", DAY.format(account.subscription().expiresAt()))
                : texts.get("subscribe.none"));
        text.append("\n\n").append(texts.get("subscribe.benefits", plan.periodDays(), plan.priceTokens(),
                account.balance()));
        var keyboard = new Keyboard();
        if (shortBy > 0) {
            text.append("\n\n").append(texts.get("subscribe.short", shortBy));
            keyboard.row(Button.callback(texts.get("button.buy.tokens"), "menu:tokens"));
        } else {
            keyboard.row(Press.step(request, texts.get(account.subscribed() ? "button.extend" : "button.subscribe",
                    plan.priceTokens()), "buy"));
        }
        var offering = shortBy > 0 ? conversation : conversation.start(FLOW, "offer", java.util.Map.of());
        return Turn.reply(offering, new Reply.Message(text.toString(), keyboard.build()));
    }
}
