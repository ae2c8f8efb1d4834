package com.telekpr.notification.client;

import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.telekpr.events.Button;
import java.util.List;

/** The contract's buttons as Telegram's inline keyboard. */
final class Keyboards {
    private Keyboards() {
    }

    static InlineKeyboardMarkup of(List<List<Button>> rows) {
        InlineKeyboardButton[][] markup = new InlineKeyboardButton[rows.size()][];
        for (int row = 0; row < rows.size(); row++) {
            markup[row] = rows.get(row).stream().map(Keyboards::button).toArray(InlineKeyboardButton[]::new);
        }
        return new InlineKeyboardMarkup(markup);
    }

    private static InlineKeyboardButton button(Button button) {
        var telegram = new InlineKeyboardButton(button.text());
        return button.url() != null ? telegram.url(button.url()) : telegram.callbackData(button.callbackData());
    }
}
