package com.telekpr.order.api;

import static com.telekpr.rest.ApiErrors.answer;

import com.telekpr.order.application.UnknownOrderException;
import com.telekpr.order.domain.IllegalTransitionException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The order service's own refusals; malformed requests are answered by {@code com.telekpr.rest.ApiErrors}. */
class OrderErrorMappers {

    @ServerExceptionMapper
    Response unknownOrder(UnknownOrderException e) {
        return answer(404, "not_found", e.getMessage(), null);
    }

    @ServerExceptionMapper
    Response illegalTransition(IllegalTransitionException e) {
        return answer(409, "illegal_transition", e.getMessage(), "status");
    }
}
