package com.telekpr.gateway.domain.flow;

import com.telekpr.customer.CustomerRules;
import com.telekpr.customer.InvalidCustomerException;
import com.telekpr.events.CustomerDetails;
import com.telekpr.events.OrderCommand.RegisterCustomer;
import com.telekpr.events.OrderCommand.UpdateCustomer;
import com.telekpr.gateway.domain.Conversation;
import com.telekpr.gateway.domain.Facts;
import com.telekpr.gateway.domain.Press;
import com.telekpr.gateway.domain.Request;
import com.telekpr.gateway.domain.Turn;
import com.telekpr.gateway.domain.facts.ProfileCard;
import com.telekpr.gateway.domain.screen.RegisterPrompts;
import com.telekpr.gateway.domain.screen.Reply;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The customer-profile wizard (product.md §3.2): one field a step, each answer checked with order-service's own
 * rules ({@link CustomerRules}) and re-asked with what is wrong; Skip on optional fields, Back, Cancel any
 * time; a summary with Edit per field before Save. New profiles end in RegisterCustomer (password typed,
 * generated or none); an edited profile in UpdateCustomer.
 */
public final class RegisterWizard implements Flow {
    static final String FLOW = "register";
    // steps and draft keys that screen.RegisterPrompts reads to ask a step and show the summary
    public static final List<String> FIELDS = List.of("firstName", "middleName", "lastName", "email", "phone", "gender",
            "dateOfBirth", "streetAddress", "aptSuite", "city", "state", "postalCode", "country", "telegramUsername",
            "instagramUsername");
    public static final String PASSWORD = "password";
    public static final String SUMMARY = "summary";
    public static final String MODE = "_mode";
    public static final String NEW = "new";
    public static final String PASSWORD_CHOICE = "_password";
    static final String RETURN_TO_SUMMARY = "_return";
    static final String PASSWORD_TEXT = "_pw";
    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 128;

    /** /register: a fresh draft at the first field. */
    public static Turn start(Request request) {
        var next = request.conversation().start(FLOW, FIELDS.get(0), Map.of(MODE, NEW));
        return Turn.reply(next, RegisterPrompts.ask(request, next, null));
    }

    /** Edit an existing profile: its answers as the draft, straight to the summary. */
    public static Turn edit(Request request, ProfileCard profile) {
        Map<String, String> answers = new HashMap<>();
        CustomerDetails details = profile.details();
        for (String field : FIELDS) {
            String value = ProfileAnswers.value(details, field);
            if (value != null) {
                answers.put(field, value);
            }
        }
        answers.put(MODE, profile.id().toString());
        var next = request.conversation().start(FLOW, SUMMARY, answers);
        return Turn.reply(next, RegisterPrompts.summary(request, next, null));
    }

    @Override
    public Turn decide(Request request, Facts facts) {
        Conversation draft = request.conversation();
        Press press = request.press();
        if (!request.update().isButtonPress()) {
            return request.hasText() ? answered(request, draft, request.text())
                    : Turn.reply(draft, SUMMARY.equals(draft.step())
                            ? RegisterPrompts.summary(request, draft, request.texts().get("register.use.buttons"))
                            : RegisterPrompts.ask(request, draft, request.texts().get("register.type.answer")));
        }
        return switch (press.action()) {
            case "cancel" -> Turn.reply(draft.ended(), new Reply.Message(request.texts().get("register.cancelled")));
            case "back" -> show(request, back(draft));
            case "skip" -> skipped(request, draft);
            case "pick" -> answered(request, draft, press.arg());
            case "page" -> show(request, draft.with(RegisterPrompts.PAGE, press.arg()));
            case "gen", "nopw" -> show(request, forward(draft.with(PASSWORD_CHOICE, press.action())
                    .with(PASSWORD_TEXT, null)));
            case "edit" -> steps(draft).contains(press.arg()) && !SUMMARY.equals(press.arg())
                    ? show(request, draft.at(press.arg()).with(RETURN_TO_SUMMARY, "1")) : show(request, draft);
            case "save" -> save(request, draft);
            default -> show(request, draft);
        };
    }

    private static Turn answered(Request request, Conversation draft, String text) {
        String step = draft.step();
        if (SUMMARY.equals(step)) {
            return Turn.reply(draft, RegisterPrompts.summary(request, draft, request.texts().get("register.use.buttons")));
        }
        if (PASSWORD.equals(step)) {
            if (text.length() < MIN_PASSWORD || text.length() > MAX_PASSWORD) {
                return Turn.reply(draft, RegisterPrompts.ask(request, draft, RegisterPrompts.invalid(request, PASSWORD)));
            }
            return show(request, forward(draft.with(PASSWORD_CHOICE, "given").with(PASSWORD_TEXT, text)));
        }
        var answer = CustomerRules.answer(step, text, request.today());
        if (!answer.ok() || (answer.value() == null && CustomerRules.REQUIRED.contains(step))) {
            return Turn.reply(draft, RegisterPrompts.ask(request, draft, RegisterPrompts.invalid(request, step)));
        }
        return show(request, forward(draft.with(step, answer.value())));
    }

    private static Turn skipped(Request request, Conversation draft) {
        if (CustomerRules.REQUIRED.contains(draft.step())) {
            return Turn.reply(draft, RegisterPrompts.ask(request, draft,
                    request.texts().get("register.required", RegisterPrompts.label(request, draft.step()))));
        }
        return show(request, forward(draft.with(draft.step(), null)));
    }

    private static Turn save(Request request, Conversation draft) {
        if (!SUMMARY.equals(draft.step())) {
            return show(request, draft);
        }
        CustomerDetails details = ProfileAnswers.details(draft);
        try {
            details = CustomerRules.check(details, request.today());
        } catch (InvalidCustomerException invalid) {
            String field = invalid.errors().get(0).field();
            var fix = draft.at(field).with(RETURN_TO_SUMMARY, "1");
            return Turn.reply(fix, RegisterPrompts.ask(request, fix, RegisterPrompts.invalid(request, field)));
        }
        boolean isNew = NEW.equals(draft.get(MODE));
        var done = new Reply.Message(request.texts().get(isNew ? "register.saving" : "register.updating"));
        if (!isNew) {
            return Turn.send(draft.ended(), done, new UpdateCustomer(UUID.fromString(draft.get(MODE)), details));
        }
        String choice = draft.get(PASSWORD_CHOICE);
        return Turn.send(draft.ended(), done, new RegisterCustomer(request.newId("profile"), details,
                "given".equals(choice) ? draft.get(PASSWORD_TEXT) : null, "gen".equals(choice)));
    }

    private static Turn show(Request request, Conversation at) {
        var message = SUMMARY.equals(at.step()) ? RegisterPrompts.summary(request, at, null)
                : RegisterPrompts.ask(request, at, null);
        return Turn.reply(at, message);
    }

    /** The step after the current one; from an edit, straight back to the summary. */
    private static Conversation forward(Conversation draft) {
        if (draft.get(RETURN_TO_SUMMARY) != null) {
            return draft.at(SUMMARY).with(RETURN_TO_SUMMARY, null).with(RegisterPrompts.PAGE, null);
        }
        List<String> steps = steps(draft);
        int at = steps.indexOf(draft.step());
        return draft.at(steps.get(Math.min(at + 1, steps.size() - 1))).with(RegisterPrompts.PAGE, null);
    }

    private static Conversation back(Conversation draft) {
        if (draft.get(RETURN_TO_SUMMARY) != null) {
            return draft.at(SUMMARY).with(RETURN_TO_SUMMARY, null).with(RegisterPrompts.PAGE, null);
        }
        List<String> steps = steps(draft);
        int at = steps.indexOf(draft.step());
        return draft.at(steps.get(Math.max(at - 1, 0))).with(RegisterPrompts.PAGE, null);
    }

    /** Every field, the password for a new profile only (order-service keeps it apart), then the summary. */
    public static List<String> steps(Conversation draft) {
        var steps = new java.util.ArrayList<>(FIELDS);
        if (NEW.equals(draft.get(MODE))) {
            steps.add(PASSWORD);
        }
        steps.add(SUMMARY);
        return steps;
    }
}
