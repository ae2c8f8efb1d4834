package com.telekpr.order.api;

import static com.telekpr.rest.ApiErrors.answer;

import com.telekpr.order.application.ProfileInUseException;
import com.telekpr.order.application.NotFoundException;
import com.telekpr.customer.FieldError;
import com.telekpr.customer.InvalidCustomerException;
import com.telekpr.order.domain.IllegalTransitionException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The order service's own refusals; malformed requests are answered by {@code com.telekpr.rest.ApiErrors}. */
class OrderErrorMappers {

    @ServerExceptionMapper
    Response notFound(NotFoundException e) {
        return answer(404, "not_found", e.getMessage(), null);
    }

    /** A domain rule refusing a value, e.g. a subscriber price above the regular one. */
    @ServerExceptionMapper
    Response refusedByRule(IllegalArgumentException e) {
        return answer(400, "invalid_request", e.getMessage(), null);
    }

    @ServerExceptionMapper
    Response profileInUse(ProfileInUseException e) {
        return answer(409, "profile_in_use", e.getMessage(), null);
    }

    /** Every broken rule at once, so a form can mark all its wrong fields. */
    @ServerExceptionMapper
    Response invalidCustomer(InvalidCustomerException e) {
        return Response.status(400).entity(new InvalidFields(400, "invalid_customer", e.getMessage(),
                e.errors().get(0).field(), e.errors())).build();
    }

    public record InvalidFields(int status, String error, String message, String field, List<FieldError> errors) {
    }

    @ServerExceptionMapper
    Response illegalTransition(IllegalTransitionException e) {
        return answer(409, "illegal_transition", e.getMessage(), "status");
    }
}
