package com.telekpr.gateway.client;

import com.telekpr.gateway.application.port.OtherServices;
import com.telekpr.gateway.domain.Facts;
import com.telekpr.gateway.domain.Lookup;
import com.telekpr.gateway.domain.facts.AccountCard;
import com.telekpr.gateway.domain.facts.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Performs a flow's {@link Lookup}s over REST for one user. "Not found" means not theirs (the services
 * filter by user id), a 4xx to a {@link Lookup.Move} is a refusal in the service's words, and anything else
 * (down, timing out, 5xx) marks the facts unavailable so the user is asked to try again.
 */
@ApplicationScoped
public class ServiceLookups implements OtherServices {
    private static final Logger LOG = Logger.getLogger(ServiceLookups.class);
    static final int PROFILES_SHOWN = 50;
    static final int ORDERS_PER_PAGE = 5;
    static final int RECENT_TRANSACTIONS = 5;
    static final int WAITING_SHOWN = 50;

    private final OrderServiceApi orders;
    private final WalletServiceApi wallet;
    private final PaymentServiceApi payments;
    private final OperatorMoves moves;

    ServiceLookups(@RestClient OrderServiceApi orders, @RestClient WalletServiceApi wallet,
                   @RestClient PaymentServiceApi payments, OperatorMoves moves) {
        this.orders = orders;
        this.wallet = wallet;
        this.payments = payments;
        this.moves = moves;
    }

    /** All lookups at once (a flow has at most one operator move among them); the facts when all have answered. */
    @Override
    public Uni<Facts> perform(List<Lookup> lookups, UUID userId, UUID updateId) {
        if (lookups.isEmpty()) {
            return Uni.createFrom().item(Facts.none());
        }
        List<Uni<UnaryOperator<Facts>>> answers = lookups.stream().map(lookup -> one(lookup, userId, updateId)).toList();
        return Uni.join().all(answers).andFailFast().map(results -> {
            Facts facts = Facts.none();
            results.forEach(result -> result.apply(facts));
            return facts;
        });
    }

    private Uni<UnaryOperator<Facts>> one(Lookup lookup, UUID userId, UUID updateId) {
        return answer(lookup, userId, updateId).<UnaryOperator<Facts>>map(answer -> facts -> facts.answer(lookup, answer))
                .onFailure().recoverWithItem((Throwable failure) -> recovered(lookup, failure));
    }

    private static UnaryOperator<Facts> recovered(Lookup lookup, Throwable failure) {
        return facts -> {
            int status = failure instanceof WebApplicationException web ? web.getResponse().getStatus() : 0;
            if (status == 404 && lookup instanceof Lookup.Account) {
                return facts.answer(lookup, new AccountCard(0, null));
            }
            if (status == 404 && lookup instanceof Lookup.Order) {
                return facts;
            }
            if (status >= 400 && status < 500 && lookup instanceof Lookup.Move move) {
                return facts.refused(move, OperatorMoves.reason(failure));
            }
            LOG.warnf("lookup %s failed: %s", lookup, failure.toString());
            return facts.unreachable();
        };
    }

    private Uni<?> answer(Lookup lookup, UUID userId, UUID updateId) {
        if (lookup instanceof Lookup.Move move) {
            return moves.perform(move, userId, updateId);
        }
        if (lookup instanceof Lookup.Profiles) {
            return orders.profiles(userId, PROFILES_SHOWN).map(Page::items);
        }
        if (lookup instanceof Lookup.Prices) {
            return orders.prices(userId);
        }
        if (lookup instanceof Lookup.Account) {
            return wallet.account(userId);
        }
        if (lookup instanceof Lookup.RecentTransactions) {
            return wallet.transactions(userId, RECENT_TRANSACTIONS).map(Page::items);
        }
        if (lookup instanceof Lookup.TokenOffer) {
            return payments.purchaseOptions();
        }
        if (lookup instanceof Lookup.Plan) {
            return wallet.plan();
        }
        if (lookup instanceof Lookup.Orders query) {
            return orders.orders(userId, "all".equals(query.status()) ? null : query.status(), query.page(),
                    ORDERS_PER_PAGE);
        }
        if (lookup instanceof Lookup.Order one) {
            return orders.order(one.orderId(), userId);
        }
        if (lookup instanceof Lookup.Waiting) {
            return orders.queue(WAITING_SHOWN);
        }
        throw new IllegalArgumentException("no service answers " + lookup);
    }
}
