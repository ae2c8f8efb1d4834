package com.telekpr.gateway.domain.screen;

import com.telekpr.customer.CustomerRules;
import com.telekpr.customer.UsStates;
import com.telekpr.events.Button;
import com.telekpr.gateway.domain.Conversation;
import com.telekpr.gateway.domain.Press;
import com.telekpr.gateway.domain.Request;
import com.telekpr.gateway.domain.flow.RegisterWizard;
import java.util.ArrayList;
import java.util.List;

/** What the registration wizard shows: each step's question with its buttons, and the summary. */
public final class RegisterPrompts {
    /** The draft key of the state list's page; the wizard drops it on leaving the step. */
    public static final String PAGE = "_page";
    static final int STATES_PER_PAGE = 12;
    private static final List<String> STATES = List.copyOf(UsStates.BY_CODE.keySet());

    private RegisterPrompts() {
    }

    public static String label(Request request, String field) {
        return request.texts().get("field." + field);
    }

    public static String invalid(Request request, String field) {
        return request.texts().get("register.invalid", label(request, field), request.texts().get("hint." + field));
    }

    /** The question of the draft's step, after {@code problem} when the last answer was refused. */
    public static Reply.Message ask(Request request, Conversation draft, String problem) {
        BotTexts texts = request.texts();
        String step = draft.step();
        List<String> steps = RegisterWizard.steps(draft);
        boolean optional = !CustomerRules.REQUIRED.contains(step);
        StringBuilder text = new StringBuilder();
        if (problem != null) {
            text.append(problem).append("\n\n");
        }
        text.append(texts.get("register.step", steps.indexOf(step) + 1, steps.size() - 1, label(request, step),
                texts.get(optional ? "register.optional" : "register.mandatory")));
        text.append('\n').append(texts.get("hint." + step));
        String now = draft.get(step);
        if (now != null) {
            text.append('\n').append(texts.get("register.now", now));
        }
        var keyboard = new Keyboard();
        choices(request, draft, keyboard);
        List<Button> moves = new ArrayList<>();
        if (optional && !RegisterWizard.PASSWORD.equals(step)) {
            moves.add(Press.step(request, texts.get("button.skip"), "skip"));
        }
        if (steps.indexOf(step) > 0) {
            moves.add(Press.step(request, texts.get("button.back"), "back"));
        }
        moves.add(Press.step(request, texts.get("button.cancel"), "cancel"));
        keyboard.row(moves.toArray(Button[]::new));
        return new Reply.Message(text.toString(), keyboard.build());
    }

    private static void choices(Request request, Conversation draft, Keyboard keyboard) {
        BotTexts texts = request.texts();
        switch (draft.step()) {
            case "gender" -> keyboard.grid(CustomerRules.GENDERS.stream().sorted()
                    .map(gender -> Press.step(request, texts.get("gender." + gender), "pick", gender)).toList(), 2);
            case "state" -> statePage(request, draft, keyboard);
            case "country" -> keyboard.row(Press.step(request, "🇺🇸 USA", "pick", "USA"));
            case RegisterWizard.PASSWORD -> keyboard.row(Press.step(request, texts.get("button.password.generate"), "gen"),
                    Press.step(request, texts.get("button.password.none"), "nopw"));
            default -> {
                // a typed answer; the moves below are the only buttons
            }
        }
    }

    /** The 50 states and DC, twelve to a page, with ◀ ▶ between pages. */
    private static void statePage(Request request, Conversation draft, Keyboard keyboard) {
        int pages = (STATES.size() + STATES_PER_PAGE - 1) / STATES_PER_PAGE;
        int page = pageOf(draft.get(PAGE), pages);
        List<String> shown = STATES.subList(page * STATES_PER_PAGE, Math.min(STATES.size(), (page + 1) * STATES_PER_PAGE));
        keyboard.grid(shown.stream().map(code -> Press.step(request, code, "pick", code)).toList(), 4);
        List<Button> turn = new ArrayList<>();
        if (page > 0) {
            turn.add(Press.step(request, "◀ " + page + "/" + pages, "page", String.valueOf(page - 1)));
        }
        if (page < pages - 1) {
            turn.add(Press.step(request, (page + 2) + "/" + pages + " ▶", "page", String.valueOf(page + 1)));
        }
        keyboard.row(turn.toArray(Button[]::new));
    }

    private static int pageOf(String text, int pages) {
        try {
            return Math.max(0, Math.min(pages - 1, Integer.parseInt(text == null ? "0" : text)));
        } catch (NumberFormatException forged) {
            return 0;
        }
    }

    public static Reply.Message summary(Request request, Conversation draft, String note) {
        BotTexts texts = request.texts();
        StringBuilder text = new StringBuilder();
        if (note != null) {
            text.append(note).append("\n\n");
        }
        text.append(texts.get("register.summary"));
        for (String field : RegisterWizard.FIELDS) {
            String value = draft.get(field);
            text.append('\n').append(label(request, field)).append(": ").append(value == null ? "—" : value);
        }
        if (RegisterWizard.NEW.equals(draft.get(RegisterWizard.MODE))) {
            String choice = draft.get(RegisterWizard.PASSWORD_CHOICE);
            text.append('\n').append(label(request, RegisterWizard.PASSWORD)).append(": ")
                    .append(texts.get("password." + (choice == null ? "nopw" : choice)));
        }
        var editable = RegisterWizard.steps(draft).stream().filter(step -> !RegisterWizard.SUMMARY.equals(step));
        var keyboard = new Keyboard().grid(editable
                .map(field -> Press.step(request, "✏️ " + label(request, field), "edit", field)).toList(), 3);
        keyboard.row(Press.step(request, texts.get("button.save"), "save"),
                Press.step(request, texts.get("button.cancel"), "cancel"));
        return new Reply.Message(text.toString(), keyboard.build());
    }
}
