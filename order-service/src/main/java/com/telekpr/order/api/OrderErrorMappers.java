package com.telekpr.order.api;

import static com.telekpr.rest.ApiErrors.answer;

import com.telekpr.order.application.ProfileInUseException;
import com.telekpr.order.application.NotFoundException;
import com.telekpr.order.application.NothingWaitingException;
import com.telekpr.customer.FieldError;
import com.telekpr.customer.InvalidCustomerException;
import com.telekpr.order.domain.IllegalTransitionException;
import com.telekpr.order.domain.InvalidPriceException;
import com.telekpr.order.domain.OrderStatus;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The order service's own refusals; malformed requests are answered by {@code com.telekpr.rest.ApiErrors}.
 * Only named exceptions are mapped: any other failure is a bug and must surface as one (500), not as a 400.
 */
class OrderErrorMappers {

    @ServerExceptionMapper
    Response notFound(NotFoundException e) {
        return answer(404, "not_found", e.getMessage(), null);
    }

    /** A price the catalogue's rules refuse, e.g. a subscriber price above the regular one. */
    @ServerExceptionMapper
    Response invalidPrice(InvalidPriceException e) {
        return answer(400, "invalid_request", e.getMessage(), null);
    }

    @ServerExceptionMapper
    Response nothingWaiting(NothingWaitingException e) {
        return answer(409, "nothing_waiting", e.getMessage(), null);
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

    /** The statuses the order may become instead, so a client can offer them rather than parse the message. */
    @ServerExceptionMapper
    Response illegalTransition(IllegalTransitionException e) {
        return Response.status(409).entity(new RefusedMove(409, "illegal_transition", e.getMessage(), "status",
                e.allowed().stream().map(OrderStatus::storedName).sorted().toList())).build();
    }

    public record RefusedMove(int status, String error, String message, String field, List<String> allowed) {
    }
}
