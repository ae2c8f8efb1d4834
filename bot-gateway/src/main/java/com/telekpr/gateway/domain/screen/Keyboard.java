package com.telekpr.gateway.domain.screen;

import com.telekpr.events.Button;
import java.util.ArrayList;
import java.util.List;

/** Builds an inline keyboard row by row. */
public final class Keyboard {
    private final List<List<Button>> rows = new ArrayList<>();

    public Keyboard row(Button... buttons) {
        if (buttons.length > 0) {
            rows.add(List.of(buttons));
        }
        return this;
    }

    /** {@code buttons} laid out {@code perRow} to a row. */
    public Keyboard grid(List<Button> buttons, int perRow) {
        for (int i = 0; i < buttons.size(); i += perRow) {
            rows.add(List.copyOf(buttons.subList(i, Math.min(buttons.size(), i + perRow))));
        }
        return this;
    }

    public List<List<Button>> build() {
        return List.copyOf(rows);
    }
}
