package com.telekpr.gateway.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.telekpr.gateway.domain.Conversation;
import com.telekpr.gateway.store.ConversationEntity;
import com.telekpr.gateway.store.ConversationRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Each chat's conversation in Postgres: read before deciding, saved with the next version in the update's
 * transaction. A draft untouched for longer than the configured time reads as expired.
 */
@ApplicationScoped
public class Conversations {
    private static final TypeReference<Map<String, String>> DRAFT = new TypeReference<>() {
    };

    private final ConversationRepository repository;
    private final ObjectMapper json;
    private final GatewayConfig config;

    Conversations(ConversationRepository repository, ObjectMapper json, GatewayConfig config) {
        this.repository = repository;
        this.json = json;
        this.config = config;
    }

    /** Where the chat stands now, and whether its draft expired since the last word. */
    public record Standing(Conversation conversation, boolean expired) {
    }

    public Uni<Standing> read(long chatId) {
        return Panache.withSession(() -> repository.findById(chatId)).map(this::standing);
    }

    /**
     * Saves {@code next} with the version after {@code seen}; fails with {@link ConversationMovedOnException}
     * if another instance saved a turn of this chat in between (the update is then decided again).
     */
    public Uni<Void> save(long chatId, UUID userId, Conversation seen, Conversation next) {
        return repository.lock(chatId).chain(row -> {
            long stored = row == null ? 0 : row.version;
            if (stored != seen.version()) {
                return Uni.createFrom().failure(new ConversationMovedOnException(chatId, seen.version(), stored));
            }
            var saved = row == null ? new ConversationEntity() : row;
            saved.chatId = chatId;
            saved.userId = userId;
            saved.flow = next.flow();
            saved.step = next.step();
            saved.draft = write(next.draft());
            saved.version = seen.version() + 1;
            saved.updatedAt = Instant.now();
            return row == null ? repository.persist(saved).replaceWithVoid() : Uni.createFrom().voidItem();
        });
    }

    private Standing standing(ConversationEntity row) {
        if (row == null) {
            return new Standing(Conversation.idle(0), false);
        }
        boolean idle = Conversation.IDLE.equals(row.flow);
        boolean expired = ConversationRepository.EXPIRED.equals(row.flow)
                || (!idle && row.updatedAt.isBefore(Instant.now().minus(config.draftTtl())));
        if (idle || expired) {
            return new Standing(Conversation.idle(row.version), expired);
        }
        return new Standing(new Conversation(row.flow, row.step, read(row.draft), row.version), false);
    }

    private Map<String, String> read(String draft) {
        try {
            return json.readValue(draft, DRAFT);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("unreadable conversation draft", corrupt);
        }
    }

    private String write(Map<String, String> draft) {
        try {
            return json.writeValueAsString(draft);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a string map always serialises", impossible);
        }
    }
}
