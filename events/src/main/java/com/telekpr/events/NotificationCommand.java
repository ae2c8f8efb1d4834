package com.telekpr.events;

import java.util.List;

/** Requests to notification-service, the one Telegram sender, on {@value Topics#NOTIFICATION_COMMANDS}. */
public sealed interface NotificationCommand extends Command {

    record SendMessage(long chatId, String text, List<List<Button>> keyboard) implements NotificationCommand {
    }

    record EditMessage(long chatId, long messageId, String text, List<List<Button>> keyboard)
            implements NotificationCommand {
    }

    record AnswerCallback(String callbackQueryId, String text, boolean alert) implements NotificationCommand {
    }

    record SendDocument(long chatId, String fileName, String contentBase64, String caption)
            implements NotificationCommand {
    }
}
