package com.telekpr.gateway.domain.flow;

import com.telekpr.gateway.domain.ChatUpdate;
import com.telekpr.gateway.domain.Conversation;
import com.telekpr.gateway.domain.Facts;
import com.telekpr.gateway.domain.Lookup;
import com.telekpr.gateway.domain.Press;
import com.telekpr.gateway.domain.Request;
import com.telekpr.gateway.domain.Turn;
import com.telekpr.gateway.domain.screen.Reply;
import java.util.List;
import java.util.Map;

/**
 * The bot as a whole: which flow an update belongs to — by command, by menu button, by the kind of button
 * pressed, or by the conversation a typed answer continues — and the rules every flow shares: a suspended
 * user is answered by the front desk only, every press gets its callback answered, a conversation button
 * from an older message is stale, and an unreachable service means "try again", not silence.
 */
public final class Bot {
    private static final Map<String, Flow> BY_COMMAND = Map.of(
            "/register", (request, facts) -> RegisterWizard.start(request),
            "/order", new OrderWizard(),
            "/orders", new OrdersDesk(),
            "/tokens", new TokensDesk(),
            "/subscribe", new SubscriptionDesk(),
            "/profile", new ProfilesDesk(),
            "/profiles", new ProfilesDesk(),
            "/queue", new QueueDesk(),
            "/cancel", Bot::cancel);
    private static final Map<String, Flow> BY_CONVERSATION = Map.of(
            RegisterWizard.FLOW, new RegisterWizard(),
            OrderWizard.FLOW, new OrderWizard(),
            TokensDesk.FLOW, new TokensDesk(),
            SubscriptionDesk.FLOW, new SubscriptionDesk(),
            QueueDesk.FLOW, new QueueDesk());
    private static final Map<String, Flow> BY_BUTTON_KIND = Map.of(
            OrdersDesk.LIST, new OrdersDesk(),
            OrdersDesk.ONE, new OrdersDesk(),
            TokensDesk.KIND, new TokensDesk(),
            ProfilesDesk.KIND, new ProfilesDesk(),
            QueueDesk.KIND, new QueueDesk());
    private static final Flow FRONT_DESK = Bot::frontDesk;

    private Bot() {
    }

    public static List<Lookup> needs(Request request) {
        return request.visitor().suspended() ? List.of() : route(request).needs(request);
    }

    public static Turn decide(Request request, Facts facts) {
        ChatUpdate update = request.update();
        if (request.visitor().suspended()) {
            return new Turn(request.conversation(), FrontDesk.answer(update, request.visitor()), List.of());
        }
        Turn turn = facts.unavailable()
                ? Turn.reply(request.conversation(), new Reply.Message(request.texts().get("service.unavailable")))
                : route(request).decide(request, facts);
        return update.isButtonPress() ? turn.after(new Reply.ButtonAnswer(update.callbackQueryId(), null)) : turn;
    }

    /** Said when a flow failed: nothing changed, the press answered, the user told to try again. */
    public static Turn apologise(Request request) {
        Turn sorry = Turn.reply(request.conversation(), new Reply.Message(request.texts().get("unexpected")));
        ChatUpdate update = request.update();
        return update.isButtonPress() ? sorry.after(new Reply.ButtonAnswer(update.callbackQueryId(), null)) : sorry;
    }

    static Flow route(Request request) {
        ChatUpdate update = request.update();
        String command = update.isButtonPress() ? menuCommand(update.callbackData()) : update.command();
        if (command != null) {
            return BY_COMMAND.getOrDefault(command, FRONT_DESK);
        }
        Conversation conversation = request.conversation();
        if (!update.isButtonPress()) {
            if (!conversation.isIdle()) {
                return BY_CONVERSATION.getOrDefault(conversation.flow(), FRONT_DESK);
            }
            return request.draftExpired() ? Bot::expired : FRONT_DESK;
        }
        Press press = request.press();
        if (press.isConversation()) {
            if (conversation.isIdle() || press.version() != conversation.version()) {
                return request.draftExpired() ? Bot::expired : Bot::stale;
            }
            return BY_CONVERSATION.getOrDefault(conversation.flow(), FRONT_DESK);
        }
        return BY_BUTTON_KIND.getOrDefault(press.kind(), FRONT_DESK);
    }

    /** menu:order → /order; menu:help and menu:start are the front desk's own. */
    private static String menuCommand(String data) {
        if (data == null || !data.startsWith("menu:")) {
            return null;
        }
        String command = "/" + data.substring("menu:".length());
        return BY_COMMAND.containsKey(command) ? command : null;
    }

    private static Turn frontDesk(Request request, Facts facts) {
        Reply.Message answer = FrontDesk.reply(request.update(), request.visitor());
        if ("/start".equals(request.update().command()) && !request.conversation().isIdle()) {
            answer = new Reply.Message(answer.text() + "\n\n" + request.texts().get("draft.open"), answer.keyboard());
        }
        return Turn.reply(request.conversation(), answer);
    }

    private static Turn cancel(Request request, Facts facts) {
        boolean drafting = !request.conversation().isIdle();
        return Turn.reply(request.conversation().ended(), new Reply.Message(
                request.texts().get(drafting ? "cancelled" : "nothing.to.cancel"), FrontDesk.menu(request.texts())));
    }

    private static Turn stale(Request request, Facts facts) {
        boolean drafting = !request.conversation().isIdle();
        return Turn.reply(request.conversation(), new Reply.Message(
                request.texts().get(drafting ? "stale.step" : "stale.button")));
    }

    private static Turn expired(Request request, Facts facts) {
        return Turn.reply(request.conversation(), new Reply.Message(request.texts().get("draft.expired"),
                FrontDesk.menu(request.texts())));
    }
}
