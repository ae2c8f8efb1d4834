package com.telekpr.notification.api;

import com.telekpr.auth.Callers;
import com.telekpr.notification.domain.BroadcastButton;
import jakarta.annotation.security.RolesAllowed;
import com.telekpr.notification.application.BroadcastDesk;
import com.telekpr.notification.application.BroadcastView;
import com.telekpr.rest.InvalidRequestException;
import com.telekpr.rest.RequestParams;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** Broadcast messaging for admin-api (product.md §8.6): draft, preview, send, cancel, progress and report. */
@RolesAllowed({Callers.STAFF_ADMIN, Callers.ADMIN_API})
@Path("/broadcasts")
@Produces(MediaType.APPLICATION_JSON)
public class BroadcastResource {
    private final BroadcastDesk desk;

    BroadcastResource(BroadcastDesk desk) {
        this.desk = desk;
    }

    /** A draft; nothing is sent until POST /broadcasts/{id}/send. The answer carries the exact preview. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(BroadcastRequest request) {
        var body = required(request);
        return desk.draft(body.title(), body.message(), body.emoji(), Boolean.TRUE.equals(body.testMode()),
                        BroadcastButton.of(body.buttonText(), body.buttonUrl()), null)
                .map(view -> Response.status(201).entity(view).build());
    }

    /** The exact text and how many users it would reach now; nothing is kept. Same rules as a draft. */
    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<BroadcastDesk.Preview> preview(BroadcastRequest request) {
        var body = required(request);
        return desk.preview(body.title(), body.message(), body.emoji(), Boolean.TRUE.equals(body.testMode()));
    }

    @GET
    public Uni<List<BroadcastView>> list(@QueryParam("page") @DefaultValue("0") String page,
                                         @QueryParam("size") @DefaultValue("20") String size) {
        return desk.page(RequestParams.page(page),
                RequestParams.intBetween("size", size, 1, RequestParams.MAX_PAGE_SIZE));
    }

    private static BroadcastRequest required(BroadcastRequest request) {
        if (request == null) {
            throw new InvalidRequestException(null, "a JSON body {title, message, emoji, testMode} is required");
        }
        return request;
    }

    /** The broadcast with its progress: sent, failed, blocked, pending and the success rate. */
    @GET
    @Path("/{id}")
    public Uni<BroadcastView> get(@PathParam("id") String id) {
        return desk.get(RequestParams.uuid("id", id));
    }

    /** {recipients}: the user ids it goes to (admin-api's resolved audience); none: everyone reachable. */
    public record SendRequest(List<UUID> recipients) {
    }

    /** Queues it for every reachable user (admins only in test mode); 409 if it was sent or cancelled before. */
    @POST
    @Path("/{id}/send")
    public Uni<Response> send(@PathParam("id") String id) {
        return desk.send(RequestParams.uuid("id", id), null)
                .map(view -> Response.accepted(view).build());
    }

    /**
     * As send, to the reachable ones of {@code recipients} alone: the audience admin-api resolved from its projections.
     */
    @POST
    @Path("/{id}/send-to")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> sendTo(@PathParam("id") String id, SendRequest request) {
        if (request == null || request.recipients() == null) {
            throw new InvalidRequestException("recipients", "recipients is required: the user ids it goes to");
        }
        return desk.send(RequestParams.uuid("id", id), request.recipients())
                .map(view -> Response.accepted(view).build());
    }

    /** Stops it: what was not sent yet never will be. 409 once it has completed. */
    @POST
    @Path("/{id}/cancel")
    public Uni<BroadcastView> cancel(@PathParam("id") String id) {
        return desk.cancel(RequestParams.uuid("id", id));
    }
}
