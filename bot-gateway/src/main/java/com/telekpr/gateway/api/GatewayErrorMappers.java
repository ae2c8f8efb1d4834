package com.telekpr.gateway.api;

import static com.telekpr.rest.ApiErrors.answer;

import com.telekpr.gateway.application.StaffUserException;
import com.telekpr.gateway.application.UnknownUserException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The gateway's own refusals; malformed requests are answered by {@code com.telekpr.rest.ApiErrors}. */
class GatewayErrorMappers {

    @ServerExceptionMapper
    Response unknownUser(UnknownUserException e) {
        return answer(404, "not_found", e.getMessage(), null);
    }

    @ServerExceptionMapper
    Response staffUser(StaffUserException e) {
        return answer(409, "user_is_staff", e.getMessage(), null);
    }
}
