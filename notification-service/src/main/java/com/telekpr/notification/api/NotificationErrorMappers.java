package com.telekpr.notification.api;

import static com.telekpr.rest.ApiErrors.answer;

import com.telekpr.notification.application.UnknownBroadcastException;
import com.telekpr.notification.domain.IllegalTransitionException;
import com.telekpr.notification.domain.InvalidBroadcastException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The notification service's own refusals; malformed requests are answered by {@code com.telekpr.rest.ApiErrors}. */
class NotificationErrorMappers {

    @ServerExceptionMapper
    Response unknownBroadcast(UnknownBroadcastException e) {
        return answer(404, "not_found", e.getMessage(), null);
    }

    @ServerExceptionMapper
    Response illegalTransition(IllegalTransitionException e) {
        return answer(409, "illegal_transition", e.getMessage(), null);
    }

    @ServerExceptionMapper
    Response invalidBroadcast(InvalidBroadcastException e) {
        return answer(400, "invalid_broadcast", e.getMessage(), e.field());
    }
}
