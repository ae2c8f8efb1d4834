package com.telekpr.notification.domain;

import com.telekpr.events.Button;
import java.util.List;

/** A message to one user, worded in their language: text plus an optional inline keyboard. */
public record Notice(String text, List<List<Button>> keyboard) {

    static Notice of(String text) {
        return new Notice(text, List.of());
    }

    static Notice of(String text, Button button) {
        return new Notice(text, List.of(List.of(button)));
    }
}
