package com.telekpr.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every service's answer to a request that the framework or the API's own checks refuse: a clear
 * JSON {@link ApiError}, never a stack trace or an empty body. Services map their domain's
 * exceptions themselves, with {@link #answer}.
 */
public class ApiErrors {

    /** Always JSON, also from an endpoint that streams CSV or events, whose own type would not fit the error. */
    public static Response answer(int status, String error, String message, String field) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status, error, message, field)).build();
    }

    @ServerExceptionMapper
    Response invalidRequest(InvalidRequestException e) {
        return answer(400, "invalid_request", e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    Response idempotencyKeyReused(IdempotencyKeyReusedException e) {
        return answer(422, "idempotency_key_reused", e.getMessage(), "Idempotency-Key");
    }

    /** Named apart from JsonMappingException because Quarkus has a built-in (bodiless) mapper for exactly this type. */
    @ServerExceptionMapper
    Response wrongJsonValue(MismatchedInputException e) {
        return wrongJsonType(e);
    }

    @ServerExceptionMapper
    Response wrongJsonType(JsonMappingException e) {
        String field = e.getPath().stream().map(reference -> reference.getFieldName() != null
                ? reference.getFieldName() : "[" + reference.getIndex() + "]").collect(Collectors.joining("."));
        String message = field.isEmpty() ? "the request body does not have the expected shape"
                : e instanceof UnrecognizedPropertyException ? "'" + field + "' is not a field of this request"
                : "'" + field + "' has the wrong type";
        return answer(400, "invalid_request", message, field.isEmpty() ? null : field);
    }

    @ServerExceptionMapper
    Response notJson(JsonProcessingException e) {
        return answer(400, "invalid_json", "the request body is not valid JSON", null);
    }

    /** What the framework refuses itself (unparsable body, wrong method, wrong media type), with a JSON body. */
    @ServerExceptionMapper
    Response refusedByFramework(WebApplicationException e) {
        if (e.getCause() instanceof JsonMappingException mapping) {
            return wrongJsonType(mapping);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return notJson(json);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        String error = status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '_');
        return answer(status.getStatusCode(), error, e.getMessage(), null);
    }
}
