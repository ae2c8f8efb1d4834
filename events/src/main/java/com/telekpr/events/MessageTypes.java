package com.telekpr.events;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one type registry: every message type of the contract, its wire name (the record's simple
 * name), the topic it travels on and the schema version of its data (its {@link SchemaVersion}, else 1).
 */
public final class MessageTypes {

    /** The schema version of a type without {@link SchemaVersion}. */
    static final int FIRST_VERSION = 1;

    public record MessageType(String name, Class<? extends Message> javaType, String topic, int version) {
    }

    private static final Map<String, MessageType> BY_NAME = new LinkedHashMap<>();
    private static final Map<Class<?>, MessageType> BY_CLASS = new LinkedHashMap<>();

    static {
        register(Topics.USER_EVENTS, UserEvent.class);
        register(Topics.ORDER_COMMANDS, OrderCommand.class);
        register(Topics.ORDER_EVENTS, CustomerEvent.class);
        register(Topics.ORDER_EVENTS, OrderEvent.class);
        register(Topics.ORDER_EVENTS, CatalogueEvent.class);
        register(Topics.WALLET_COMMANDS, WalletCommand.class);
        register(Topics.WALLET_EVENTS, AccountEvent.class);
        register(Topics.WALLET_EVENTS, SubscriptionEvent.class);
        register(Topics.PAYMENT_COMMANDS, PaymentCommand.class);
        register(Topics.PAYMENT_EVENTS, PaymentEvent.class);
        register(Topics.NOTIFICATION_COMMANDS, NotificationCommand.class);
        register(Topics.NOTIFICATION_EVENTS, DeliveryEvent.class);
    }

    private MessageTypes() {
    }

    @SuppressWarnings("unchecked")
    private static void register(String topic, Class<? extends Message> sealedFamily) {
        for (Class<?> member : sealedFamily.getPermittedSubclasses()) {
            var type = new MessageType(member.getSimpleName(), (Class<? extends Message>) member, topic,
                    versionOf(member));
            if (BY_NAME.putIfAbsent(type.name(), type) != null) {
                throw new IllegalStateException("two message types are named " + type.name());
            }
            BY_CLASS.put(member, type);
        }
    }

    private static int versionOf(Class<?> member) {
        SchemaVersion version = member.getAnnotation(SchemaVersion.class);
        return version == null ? FIRST_VERSION : version.value();
    }

    public static Optional<MessageType> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static MessageType of(Message message) {
        MessageType type = BY_CLASS.get(message.getClass());
        if (type == null) {
            throw new IllegalArgumentException(message.getClass().getName() + " is not a registered message type");
        }
        return type;
    }

    public static Collection<MessageType> all() {
        return BY_NAME.values();
    }
}
