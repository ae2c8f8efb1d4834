package com.telekpr.admin.api;

import static com.telekpr.rest.ApiErrors.answer;

import com.telekpr.admin.application.lists.NotFoundException;
import com.telekpr.admin.application.rebuild.RebuildRunningException;
import com.telekpr.admin.application.rebuild.RebuildStatus;
import com.telekpr.admin.domain.PageRequest;
import com.telekpr.admin.application.signin.SignInRefused;
import com.telekpr.admin.application.staff.StaffConflict;
import com.telekpr.admin.domain.staff.StaffAccountRules;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.core.Response;
import com.telekpr.admin.application.actions.NoRecipientsException;
import com.telekpr.admin.application.actions.OpenOrdersException;
import com.telekpr.admin.application.port.OwnerUnreachableException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** admin-api's own refusals; malformed requests in general are answered by com.telekpr.rest.ApiErrors. */
class AdminErrorMappers {

    /** The owner gave no answer: the action may or may not have happened, and the same key repeats it safely. */
    @ServerExceptionMapper
    Response ownerUnreachable(OwnerUnreachableException e) {
        return Response.status(503).type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)
                .entity(new Unanswered(503, "owner_unreachable", e.getMessage(), e.idempotencyKey())).build();
    }

    public record Unanswered(int status, String error, String message, String idempotencyKey) {
    }

    @ServerExceptionMapper
    Response openOrders(OpenOrdersException e) {
        return answer(409, "open_orders", e.getMessage(), null);
    }

    @ServerExceptionMapper
    Response noRecipients(NoRecipientsException e) {
        return answer(409, "no_recipients", e.getMessage(), "audience");
    }

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

    /** 401, or 429 with Retry-After (seconds) when the brute-force throttle refused it; {success: false} as PRD §10.1 has it. */
    @ServerExceptionMapper
    Response signInRefused(SignInRefused e) {
        if (e.throttled()) {
            return Response.status(429).type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)
                    .header("Retry-After", Math.max(1, e.retryAfter().toSeconds()))
                    .entity(new Refused(false, 429, e.error(), e.getMessage())).build();
        }
        return Response.status(401).type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)
                .entity(new Refused(false, 401, e.error(), e.getMessage())).build();
    }

    public record Refused(boolean success, int status, String error, String message) {
    }

    /** A valid staff token without the role an endpoint needs. */
    @ServerExceptionMapper
    Response forbidden(ForbiddenException e) {
        return answer(403, "forbidden", "your role may not do this", null);
    }

    @ServerExceptionMapper
    Response invalidStaffAccount(StaffAccountRules.Invalid e) {
        return answer(400, "invalid_request", e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    Response staffConflict(StaffConflict e) {
        return answer(409, "conflict", e.getMessage(), null);
    }

    @ServerExceptionMapper
    Response invalidParameter(PageRequest.InvalidParameter e) {
        return answer(400, "invalid_request", e.getMessage(), e.parameter());
    }
}
