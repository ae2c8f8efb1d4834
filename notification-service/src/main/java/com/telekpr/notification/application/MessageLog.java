package com.telekpr.notification.application;

import com.telekpr.notification.store.OutgoingMessageRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** The message log as admin-api reads it: newest first, filtered by chat, status or broadcast. */
@ApplicationScoped
public class MessageLog {
    private final OutgoingMessageRepository messages;

    MessageLog(OutgoingMessageRepository messages) {
        this.messages = messages;
    }

    public Uni<List<MessageView>> search(MessageFilter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        var parameters = new Parameters();
        if (filter.chatId() != null) {
            where.add("chatId = :chat");
            parameters.and("chat", filter.chatId());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.broadcastId() != null) {
            where.add("broadcastId = :broadcast");
            parameters.and("broadcast", filter.broadcastId());
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        return Panache.withSession(() -> messages.find(query, Sort.descending("seq"), parameters)
                        .page(Page.of(page, size)).list())
                .map(rows -> rows.stream().map(MessageView::of).toList());
    }
}
