package com.telekpr.gateway.domain.flow;

import com.telekpr.events.Button;
import com.telekpr.gateway.domain.Facts;
import com.telekpr.gateway.domain.Lookup;
import com.telekpr.gateway.domain.Press;
import com.telekpr.gateway.domain.Request;
import com.telekpr.gateway.domain.Turn;
import com.telekpr.gateway.domain.facts.ProfileCard;
import com.telekpr.gateway.domain.screen.BotTexts;
import com.telekpr.gateway.domain.screen.Keyboard;
import com.telekpr.gateway.domain.screen.RegisterPrompts;
import com.telekpr.gateway.domain.screen.Reply;
import java.util.List;
import java.util.Optional;

/**
 * /profile: the user's customer profiles; one profile in full; Edit runs the registration wizard on it
 * (straight to its summary) and ends in UpdateCustomer. Ids in buttons are looked up among the presser's
 * own profiles only.
 */
public final class ProfilesDesk implements Flow {
    static final String KIND = "prf";

    @Override
    public List<Lookup> needs(Request request) {
        return List.of(new Lookup.Profiles());
    }

    @Override
    public Turn decide(Request request, Facts facts) {
        BotTexts texts = request.texts();
        Press press = request.press();
        if (!KIND.equals(press.kind())) {
            return Turn.reply(request.conversation(), list(texts, facts.profiles()));
        }
        Optional<ProfileCard> profile = facts.profiles().stream()
                .filter(candidate -> candidate.id().equals(press.argAsId())).findFirst();
        if (profile.isEmpty()) {
            return Turn.reply(request.conversation(), new Reply.Message(texts.get("profiles.not.yours")));
        }
        if ("e".equals(press.action())) {
            return RegisterWizard.edit(request, profile.get());
        }
        return Turn.reply(request.conversation(), details(request, profile.get()));
    }

    private static Reply.Message list(BotTexts texts, List<ProfileCard> profiles) {
        var keyboard = new Keyboard().grid(profiles.stream().map(profile -> Press.desk("👤 " + profile.displayName(),
                KIND, "v", profile.id())).toList(), 1);
        keyboard.row(Button.callback(texts.get("button.new.profile"), "menu:register"));
        return new Reply.Message(texts.get(profiles.isEmpty() ? "profiles.none" : "profiles.title", profiles.size()),
                keyboard.build());
    }

    private static Reply.Message details(Request request, ProfileCard profile) {
        BotTexts texts = request.texts();
        StringBuilder text = new StringBuilder(texts.get("profiles.one", profile.displayName()));
        var details = profile.details();
        for (String field : RegisterWizard.FIELDS) {
            String value = ProfileAnswers.value(details, field);
            text.append('\n').append(RegisterPrompts.label(request, field)).append(": ").append(value == null ? "—" : value);
        }
        text.append('\n').append(texts.get(profile.hasPassword() ? "profiles.has.password" : "profiles.no.password"));
        return new Reply.Message(text.toString(), new Keyboard()
                .row(Press.desk(texts.get("button.edit"), KIND, "e", profile.id()))
                .row(Button.callback(texts.get("menu.order"), "menu:order"),
                        Button.callback(texts.get("button.all.profiles"), "menu:profiles")).build());
    }
}
