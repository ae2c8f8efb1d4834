package com.telekpr.admin.api;

import static com.telekpr.rest.ApiErrors.answer;

import com.telekpr.admin.application.lists.NotFoundException;
import com.telekpr.admin.application.rebuild.RebuildRunningException;
import com.telekpr.admin.application.rebuild.RebuildStatus;
import com.telekpr.admin.domain.PageRequest;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** admin-api's own refusals; malformed requests in general are answered by com.telekpr.rest.ApiErrors. */
class AdminErrorMappers {

    @ServerExceptionMapper
    Response notFound(NotFoundException e) {
        return answer(404, "not_found", e.getMessage(), null);
    }

    /** Busy: the running rebuild's progress comes with the refusal. */
    @ServerExceptionMapper
    Response rebuildRunning(RebuildRunningException e) {
        return Response.status(409).type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)
                .entity(new Busy(409, "rebuild_running", e.getMessage(), e.status())).build();
    }

    public record Busy(int status, String error, String message, RebuildStatus rebuild) {
    }

    @ServerExceptionMapper
    Response invalidParameter(PageRequest.InvalidParameter e) {
        return answer(400, "invalid_request", e.getMessage(), e.parameter());
    }
}
