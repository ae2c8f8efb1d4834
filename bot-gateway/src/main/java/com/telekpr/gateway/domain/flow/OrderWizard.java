package com.telekpr.gateway.domain.flow;

import com.telekpr.events.OrderCommand.PlaceOrder;
import com.telekpr.gateway.domain.Conversation;
import com.telekpr.gateway.domain.Facts;
import com.telekpr.gateway.domain.Lookup;
import com.telekpr.gateway.domain.Press;
import com.telekpr.gateway.domain.Request;
import com.telekpr.gateway.domain.Turn;
import com.telekpr.gateway.domain.facts.PackagePrice;
import com.telekpr.gateway.domain.facts.ProfileCard;
import com.telekpr.gateway.domain.screen.OrderPrompts;
import com.telekpr.gateway.domain.screen.Reply;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * /order (product.md §5): the customer profile → a package at THIS user's price → the email add-on → a summary
 * with the total and the balance after → Confirm → PlaceOrder. Short of tokens, the summary says by how
 * much and offers Buy tokens instead of Confirm. The saga's answer (queued with its position, or refused)
 * reaches the user as notification-service's notice.
 */
public final class OrderWizard implements Flow {
    static final String FLOW = "order";
    // the steps: public, as screen.OrderPrompts asks the one the draft is at
    public static final String PROFILE = "profile";
    public static final String PACKAGE = "package";
    public static final String EMAIL = "email";
    public static final String CONFIRM = "confirm";

    @Override
    public List<Lookup> needs(Request request) {
        return List.of(new Lookup.Profiles(), new Lookup.Prices(), new Lookup.Account());
    }

    @Override
    public Turn decide(Request request, Facts facts) {
        Conversation draft = request.conversation();
        if (!draft.in(FLOW) || request.update().command() != null || "menu:order".equals(request.update().callbackData())) {
            return OrderPrompts.show(request, draft.start(FLOW, PROFILE, Map.of()), facts, null);
        }
        if (!request.update().isButtonPress()) {
            return OrderPrompts.show(request, draft, facts, request.texts().get("order.use.buttons"));
        }
        Press press = request.press();
        return switch (press.action()) {
            case "cancel" -> Turn.reply(draft.ended(), new Reply.Message(request.texts().get("order.cancelled")));
            case "back" -> OrderPrompts.show(request, back(draft), facts, null);
            case PROFILE -> chooseProfile(request, draft, facts, press);
            case PACKAGE -> choosePackage(request, draft, facts, press);
            case EMAIL -> OrderPrompts.show(request, draft.at(CONFIRM).with(EMAIL, "yes".equals(press.arg()) ? "yes" : "no"),
                    facts, null);
            case CONFIRM -> confirm(request, draft, facts);
            default -> OrderPrompts.show(request, draft, facts, null);
        };
    }

    private static Turn chooseProfile(Request request, Conversation draft, Facts facts, Press press) {
        Optional<ProfileCard> profile = facts.profiles().stream()
                .filter(candidate -> candidate.id().equals(press.argAsId())).findFirst();
        if (profile.isEmpty()) {
            return OrderPrompts.show(request, draft.at(PROFILE), facts, request.texts().get("order.profile.not.yours"));
        }
        return OrderPrompts.show(request, draft.at(PACKAGE).with(PROFILE, profile.get().id().toString()), facts, null);
    }

    private static Turn choosePackage(Request request, Conversation draft, Facts facts, Press press) {
        boolean offered = facts.prices().stream().anyMatch(price -> !price.isEmailAddon() && price.code().equals(press.arg()));
        if (!offered) {
            return OrderPrompts.show(request, draft.at(PACKAGE), facts, request.texts().get("order.package.unknown"));
        }
        return OrderPrompts.show(request, draft.at(EMAIL).with(PACKAGE, press.arg()), facts, null);
    }

    private static Turn confirm(Request request, Conversation draft, Facts facts) {
        var quote = OrderQuote.of(draft, facts);
        if (!CONFIRM.equals(draft.step()) || quote.isEmpty()) {
            return OrderPrompts.show(request, draft, facts, null);
        }
        if (quote.get().shortBy() > 0) {
            return OrderPrompts.show(request, draft, facts, null);
        }
        var placing = new Reply.Message(request.texts().get("order.placing", quote.get().packageName(),
                quote.get().total()));
        return Turn.send(draft.ended(), placing, new PlaceOrder(request.newId("order"), quote.get().profile().id(),
                quote.get().packageCode(), quote.get().email()));
    }

    private static Conversation back(Conversation draft) {
        return switch (draft.step()) {
            case CONFIRM -> draft.at(EMAIL);
            case EMAIL -> draft.at(PACKAGE);
            default -> draft.at(PROFILE);
        };
    }

    /** The package and add-on prices as this user pays them, and what the order would leave. */
    public record OrderQuote(ProfileCard profile, String packageCode, String packageName, int packagePrice,
                             boolean email, int emailPrice, int balance) {

        public static Optional<OrderQuote> of(Conversation draft, Facts facts) {
            Optional<ProfileCard> profile = facts.profiles().stream()
                    .filter(p -> p.id().toString().equals(draft.get(PROFILE))).findFirst();
            Optional<PackagePrice> pack = facts.prices().stream()
                    .filter(p -> !p.isEmailAddon() && p.code().equals(draft.get(PACKAGE))).findFirst();
            if (profile.isEmpty() || pack.isEmpty()) {
                return Optional.empty();
            }
            boolean email = "yes".equals(draft.get(EMAIL));
            return Optional.of(new OrderQuote(profile.get(), pack.get().code(), pack.get().name(), pack.get().price(),
                    email, email ? emailPrice(facts) : 0, facts.account().balance()));
        }

        public static int emailPrice(Facts facts) {
            return facts.prices().stream().filter(PackagePrice::isEmailAddon).mapToInt(PackagePrice::price)
                    .findFirst().orElse(0);
        }

        public int total() {
            return packagePrice + emailPrice;
        }

        public int shortBy() {
            return Math.max(0, total() - balance);
        }
    }
}
