package com.telekpr.admin.api;

import static com.telekpr.rest.ApiErrors.answer;

import com.telekpr.admin.application.NotFoundException;
import com.telekpr.admin.domain.PageRequest;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** admin-api's own refusals; malformed requests in general are answered by com.telekpr.rest.ApiErrors. */
class AdminErrorMappers {

    @ServerExceptionMapper
    Response notFound(NotFoundException e) {
        return answer(404, "not_found", e.getMessage(), null);
    }

    @ServerExceptionMapper
    Response invalidParameter(PageRequest.InvalidParameter e) {
        return answer(400, "invalid_request", e.getMessage(), e.parameter());
    }
}
