package com.telekpr.admin.application.actions;

import static com.telekpr.admin.application.actions.OrderActions.params;

import com.telekpr.admin.application.actions.ForwardedActions.Asker;
import com.telekpr.admin.application.lists.NotFoundException;
import com.telekpr.admin.application.lists.UserQueries;
import com.telekpr.admin.application.port.OwnerAnswer;
import com.telekpr.rest.InvalidRequestException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/**
 * An admin's changes to a Telegram user (PRD §3.4.3): tokens go to wallet-service, roles and suspension to
 * bot-gateway, their owners. The audit entry keeps the user's balance, roles and suspension from before.
 */
@ApplicationScoped
public class UserActions {
    private static final int MAX_REASON = 500;

    private final ForwardedActions forwarded;
    private final UserQueries users;

    UserActions(ForwardedActions forwarded, UserQueries users) {
        this.forwarded = forwarded;
        this.users = users;
    }

    /** {amount, reason}: a signed, non-zero number of tokens and why. */
    public record TokenAdjustment(Integer amount, String reason) {
    }

    /** {role}: admin, operator or none. */
    public record Promotion(String role) {
    }

    /** {action: grant|extend|cancel, days?, reason}: premium without a charge (wallet-service checks it). */
    public record SubscriptionChange(String action, Integer days, String reason) {
    }

    /** {text}: one message to the user in Telegram. */
    public record Message(String text) {
    }

    public Uni<OwnerAnswer> changeSubscription(Asker asker, UUID user, SubscriptionChange change) {
        return forward(asker, "user.subscription", user, params("action", change.action(), "days", change.days(),
                "reason", change.reason()), "wallet-service", "POST", "/accounts/" + user + "/subscription", change);
    }

    public Uni<OwnerAnswer> message(Asker asker, UUID user, Message message) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("userId", user.toString());
        body.put("text", message.text());
        return forward(asker, "user.message", user, params("text", message.text()), "notification-service", "POST",
                "/messages", body);
    }

    public Uni<OwnerAnswer> adjustTokens(Asker asker, UUID user, TokenAdjustment adjustment) {
        if (adjustment.amount() == null || adjustment.amount() == 0) {
            throw new InvalidRequestException("amount", "amount is required: a whole number of tokens, + or -, not 0");
        }
        if (adjustment.reason() == null || adjustment.reason().isBlank() || adjustment.reason().length() > MAX_REASON) {
            throw new InvalidRequestException("reason", "reason is required: say why the balance changes (at most "
                    + MAX_REASON + " characters)");
        }
        return forward(asker, "user.tokens", user, params("amount", adjustment.amount(), "reason", adjustment.reason()),
                "wallet-service", "POST", "/accounts/" + user + "/adjustments", adjustment);
    }

    public Uni<OwnerAnswer> promote(Asker asker, UUID user, Promotion promotion) {
        String role = promotion.role();
        if (role == null || !(role.equals("admin") || role.equals("operator") || role.equals("none"))) {
            throw new InvalidRequestException("role", "role must be admin, operator or none");
        }
        return forward(asker, "user.promote", user, params("role", role), "bot-gateway", "PUT", "/users/" + user + "/roles",
                Map.of("admin", role.equals("admin"), "operator", role.equals("operator")));
    }

    public Uni<OwnerAnswer> suspend(Asker asker, UUID user, boolean suspended) {
        return forward(asker, suspended ? "user.suspend" : "user.activate", user, Map.of(), "bot-gateway", "POST",
                "/users/" + user + (suspended ? "/suspend" : "/activate"), null);
    }

    /**
     * Erase (product.md §9.4): refused while the user has an order that is not finished; bot-gateway destroys their
     * key and tells UserErased, on which every service forgets them.
     */
    public Uni<OwnerAnswer> erase(Asker asker, UUID user) {
        return users.openOrders(user).chain(open -> {
            if (open > 0) {
                throw new OpenOrdersException(user, open);
            }
            return forward(asker, "user.erase", user, Map.of(), "bot-gateway", "DELETE", "/users/" + user, null);
        });
    }

    private Uni<OwnerAnswer> forward(Asker asker, String name, UUID user, Map<String, Object> parameters, String owner,
                                     String method, String path, Object body) {
        return before(user).chain(before -> forwarded.perform(asker, new StaffAction(name, "user:" + user, parameters,
                before), owner, method, path, body));
    }

    private Uni<Map<String, Object>> before(UUID user) {
        return users.summary(user).map(found -> params("balance", found.balance(), "admin", found.admin(),
                        "operator", found.operator(), "suspended", found.suspended()))
                .onFailure(NotFoundException.class).recoverWithNull();
    }
}
