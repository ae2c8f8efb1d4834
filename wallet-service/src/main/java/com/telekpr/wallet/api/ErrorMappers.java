package com.telekpr.wallet.api;

import static com.telekpr.rest.ApiErrors.answer;

import com.telekpr.wallet.application.UnknownAccountException;
import com.telekpr.wallet.domain.InsufficientBalanceException;
import jakarta.ws.rs.core.Response;
import com.telekpr.wallet.domain.SubscriptionChangeRefusedException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The wallet's own refusals; malformed requests are answered by {@code com.telekpr.rest.ApiErrors}. */
class ErrorMappers {

    @ServerExceptionMapper
    Response unknownAccount(UnknownAccountException e) {
        return answer(404, "not_found", e.getMessage(), null);
    }

    @ServerExceptionMapper
    Response subscriptionChangeRefused(SubscriptionChangeRefusedException e) {
        return answer(409, "subscription_change_refused", e.getMessage(), "action");
    }

    @ServerExceptionMapper
    Response insufficientBalance(InsufficientBalanceException e) {
        return answer(409, "insufficient_balance", e.getMessage(), "amount");
    }

    /** A domain rule refusing a value, e.g. a zero adjustment: the caller's mistake, not the service's. */
    @ServerExceptionMapper
    Response refusedByRule(IllegalArgumentException e) {
        return answer(400, "invalid_request", e.getMessage(), null);
    }
}
