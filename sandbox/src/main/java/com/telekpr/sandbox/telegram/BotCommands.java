package com.telekpr.sandbox.telegram;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bot's command menus, one per scope and language code, as setMyCommands left them. A scope is written
 * {@code default}, {@code all_private_chats}, {@code all_group_chats}, {@code all_chat_administrators},
 * {@code chat:<chatId>}, {@code chat_administrators:<chatId>} or {@code chat_member:<chatId>:<userId>}; the
 * language code is "" for all languages.
 */
final class BotCommands {
    private final Map<String, List<MenuCommand>> menus = new ConcurrentHashMap<>();

    /** An empty list deletes the menu, as at Telegram. */
    void set(String scope, String languageCode, List<MenuCommand> commands) {
        if (commands.isEmpty()) {
            menus.remove(key(scope, languageCode));
        } else {
            menus.put(key(scope, languageCode), List.copyOf(commands));
        }
    }

    /** Exactly the menu set for this scope and language; nothing falls back to a wider one. */
    List<MenuCommand> get(String scope, String languageCode) {
        return menus.getOrDefault(key(scope, languageCode), List.of());
    }

    void reset() {
        menus.clear();
    }

    private static String key(String scope, String languageCode) {
        return scope + "|" + (languageCode == null ? "" : languageCode);
    }
}
