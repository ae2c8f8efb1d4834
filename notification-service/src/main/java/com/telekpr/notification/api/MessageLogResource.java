package com.telekpr.notification.api;

import com.telekpr.auth.Callers;
import jakarta.annotation.security.RolesAllowed;
import com.telekpr.notification.application.MessageFilter;
import com.telekpr.notification.application.MessageLog;
import com.telekpr.notification.application.MessageView;
import com.telekpr.notification.domain.MessageStatus;
import com.telekpr.rest.InvalidRequestException;
import com.telekpr.rest.RequestParams;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** The message log, newest first, filtered by chat, status or broadcast. */
@RolesAllowed(Callers.STAFF_ADMIN)
@Path("/messages")
@Produces(MediaType.APPLICATION_JSON)
public class MessageLogResource {
    private static final Set<String> STATUSES = java.util.Arrays.stream(MessageStatus.values())
            .map(MessageStatus::stored).collect(java.util.stream.Collectors.toSet());

    private final MessageLog log;

    MessageLogResource(MessageLog log) {
        this.log = log;
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
