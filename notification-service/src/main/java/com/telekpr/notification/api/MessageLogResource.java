package com.telekpr.notification.api;

import com.telekpr.auth.Callers;
import com.telekpr.notification.application.DirectMessages;
import com.telekpr.outbox.IdempotentRequests;
import com.telekpr.rest.ApiErrors;
import jakarta.annotation.security.RolesAllowed;
import com.telekpr.notification.application.MessageFilter;
import com.telekpr.notification.application.MessageLog;
import com.telekpr.notification.application.MessageView;
import com.telekpr.notification.domain.MessageStatus;
import com.telekpr.rest.InvalidRequestException;
import com.telekpr.rest.RequestParams;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** The message log, newest first, filtered by chat, status or broadcast; and staff's message to one user. */
@RolesAllowed(Callers.STAFF_ADMIN)
@Path("/messages")
@Produces(MediaType.APPLICATION_JSON)
public class MessageLogResource {
    private static final Set<String> STATUSES = java.util.Arrays.stream(MessageStatus.values())
            .map(MessageStatus::stored).collect(java.util.stream.Collectors.toSet());

    private final MessageLog log;
    private final DirectMessages direct;
    private final IdempotentRequests requests;

    MessageLogResource(MessageLog log, DirectMessages direct, IdempotentRequests requests) {
        this.log = log;
        this.direct = direct;
        this.requests = requests;
    }

    /** {userId, text}: one message to one user. */
    public record DirectMessage(UUID userId, String text) {
    }

    /** Queues the message (404 for a user who never started the bot; a user who blocked it: recorded, not sent). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> send(DirectMessage message, @HeaderParam(IdempotentRequests.HEADER) String key) {
        if (message == null || message.userId() == null) {
            throw new InvalidRequestException("userId", "userId is required");
        }
        return requests.once(key, "POST /messages", message, DirectMessages.Queued.class,
                        () -> direct.send(message.userId(), message.text()))
                .map(queued -> queued == null ? ApiErrors.answer(404, "not_found", "no user " + message.userId()
                        + " has started the bot", "userId") : Response.status(202).entity(queued).build());
    }

    @GET
    public Uni<List<MessageView>> search(@QueryParam("chatId") String chatId, @QueryParam("status") String status,
                                         @QueryParam("broadcastId") String broadcastId,
                                         @QueryParam("page") @DefaultValue("0") String page,
                                         @QueryParam("size") @DefaultValue("20") String size) {
        Long chat = null;
        if (chatId != null) {
            try {
                chat = Long.parseLong(chatId);
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("chatId", "chatId must be a Telegram chat id (a whole number), was '" + chatId + "'");
            }
        }
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidRequestException("status", "status must be one of " + new TreeSet<>(STATUSES));
        }
        UUID broadcast = broadcastId == null ? null : RequestParams.uuid("broadcastId", broadcastId);
        return log.search(new MessageFilter(chat, status, broadcast), RequestParams.page(page),
                RequestParams.intBetween("size", size, 1, RequestParams.MAX_PAGE_SIZE));
    }
}
