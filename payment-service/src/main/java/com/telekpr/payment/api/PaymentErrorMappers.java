package com.telekpr.payment.api;

import static com.telekpr.rest.ApiErrors.answer;

import com.telekpr.payment.domain.PaymentNotAcceptableException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The payment service's own refusals; malformed requests are answered by {@code com.telekpr.rest.ApiErrors}. */
class PaymentErrorMappers {

    @ServerExceptionMapper
    Response notAcceptable(PaymentNotAcceptableException e) {
        return answer(409, "not_acceptable", e.getMessage(), null);
    }
}
