package com.telekpr.notification.api;

import com.telekpr.notification.store.OutgoingMessageRepository;
import com.telekpr.rest.InvalidRequestException;
import com.telekpr.rest.RequestParams;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The message log, newest first, filtered by chat, status or broadcast. */
@Path("/messages")
@Produces(MediaType.APPLICATION_JSON)
public class MessageLogResource {
    private static final Set<String> STATUSES = Set.of("queued", "sent", "failed", "blocked", "cancelled");

    private final OutgoingMessageRepository messages;

    MessageLogResource(OutgoingMessageRepository messages) {
        this.messages = messages;
    }

    @GET
    public Uni<List<MessageView>> search(@QueryParam("chatId") String chatId, @QueryParam("status") String status,
                                         @QueryParam("broadcastId") String broadcastId,
                                         @QueryParam("page") @DefaultValue("0") String page,
                                         @QueryParam("size") @DefaultValue("20") String size) {
        List<String> where = new ArrayList<>();
        var parameters = new Parameters();
        if (chatId != null) {
            try {
                parameters.and("chat", Long.parseLong(chatId));
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("chatId", "chatId must be a Telegram chat id (a whole number), was '" + chatId + "'");
            }
            where.add("chatId = :chat");
        }
        if (status != null) {
            if (!STATUSES.contains(status)) {
                throw new InvalidRequestException("status", "status must be one of " + new java.util.TreeSet<>(STATUSES));
            }
            where.add("status = :status");
            parameters.and("status", status);
        }
        if (broadcastId != null) {
            where.add("broadcastId = :broadcast");
            parameters.and("broadcast", RequestParams.uuid("broadcastId", broadcastId));
        }
        var pageOf = Page.of(RequestParams.page(page),
                RequestParams.intBetween("size", size, 1, RequestParams.MAX_PAGE_SIZE));
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        return Panache.withSession(() -> messages.find(query, Sort.descending("seq"), parameters).page(pageOf).list())
                .map(rows -> rows.stream().map(MessageView::of).toList());
    }
}
