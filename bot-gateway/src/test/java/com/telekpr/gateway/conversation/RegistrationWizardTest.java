package com.telekpr.gateway.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.Button;
import com.telekpr.events.OrderCommand.RegisterCustomer;
import com.telekpr.gateway.application.DraftExpiry;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /register end to end through telegram.updates: every field, refusals, Skip, Back, states by page, Edit, Save. */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RegistrationWizardTest {
    @Inject
    DraftExpiry expiry;

    @Test
    void aFullRegistrationWithMistakesSkipsBackAndAnEdit() {
        var chat = new BotChat("en");
        assertTrue(chat.say("/register").text().startsWith("📝 Step 1 of 16 — First name (required)"));
        assertFalse(chat.last().text().contains("Skip"), "a required field has no Skip");
        chat.say("Ana");
        assertTrue(chat.press(":skip").text().startsWith("📝 Step 3 of 16 — Last name"), "middle name skipped");
        chat.say("Lopez");
        var refused = chat.say("ana-at-example");
        assertTrue(refused.text().startsWith("❌ That is not a valid Email. Type an email address like name@example.com."),
                refused.text());
        assertTrue(refused.text().contains("Step 4 of 16 — Email"));
        chat.say("Ana@Example.com");
        assertTrue(chat.press(":back").text().contains("Step 4 of 16 — Email"), "Back returns to the previous step");
        assertTrue(chat.last().text().contains("Now: ana@example.com"), "the earlier answer is shown, tidied");
        chat.say("ana@example.com");
        var gender = chat.say("(415) 555-0123");
        assertTrue(gender.text().contains("Gender"));
        chat.press(":pick:female");
        chat.say("31/31/1990");
        assertTrue(chat.last().text().startsWith("❌ That is not a valid Date of birth."), chat.last().text());
        chat.say("04/12/1990");
        chat.say("1 Market St");
        chat.press(":skip");
        chat.say("San Francisco");
        var states = chat.last();
        assertEquals(12, states.keyboard().stream().limit(3).mapToLong(List::size).sum(), "12 states a page");
        chat.press(":page:1");
        chat.press(":page:2");
        assertTrue(shows(chat, "NY") && !shows(chat, "KY"), "the third page");
        chat.press(":page:1");
        assertTrue(shows(chat, "KY"), "◀ goes back a page");
        chat.press(":pick:KY");
        assertTrue(chat.say("9410").text().startsWith("❌ That is not a valid ZIP code."));
        chat.say("94105");
        chat.press(":pick:USA");
        chat.say("@ana_lopez");
        chat.press(":skip");
        assertTrue(chat.say("short").text().startsWith("❌ That is not a valid Password."));
        var summary = chat.press(":gen");
        assertTrue(summary.text().startsWith("📋 Please check the profile"), summary.text());
        assertTrue(summary.text().contains("State: KY") && summary.text().contains("Middle name: —"), summary.text());
        assertTrue(summary.text().contains("Password: generated on save"));
        summary.keyboard().stream().flatMap(List::stream).map(Button::callbackData).forEach(data ->
                assertTrue(data.getBytes(StandardCharsets.UTF_8).length <= 64, data));

        assertTrue(chat.press(":edit:password").text().contains("Password"), "the password can be changed too");
        assertTrue(chat.press(":nopw").text().contains("Password: none"));
        chat.press(":edit:city");
        assertTrue(chat.last().text().contains("City"));
        assertTrue(chat.say("Los Angeles").text().startsWith("📋 Please check"), "an edit returns to the summary");
        assertTrue(chat.press(":save").text().startsWith("⏳ Saving the profile"));

        RegisterCustomer saved = chat.awaitCommand(RegisterCustomer.class);
        var details = saved.details();
        assertEquals("Ana", details.firstName());
        assertNull(details.middleName());
        assertEquals("ana@example.com", details.email());
        assertEquals("+14155550123", details.phone());
        assertEquals("female", details.gender());
        assertEquals(LocalDate.of(1990, 4, 12), details.dateOfBirth());
        assertEquals("Los Angeles", details.city());
        assertEquals("KY", details.state());
        assertEquals("ana_lopez", details.telegramUsername());
        assertNull(details.instagramUsername());
        assertFalse(saved.generatePassword());
        assertNull(saved.password());
    }

    @Test
    void cancelDropsTheDraftAndOldButtonsAreStale() {
        var chat = new BotChat("en");
        chat.say("/register");
        chat.say("Ana");
        String skipOnStepTwo = chat.button(data -> data.endsWith(":skip")).callbackData();
        chat.say("Maria");
        String backOnStepThree = chat.button(data -> data.endsWith(":back")).callbackData();
        var stale = chat.pressData(skipOnStepTwo);
        assertTrue(stale.text().startsWith("⌛ That button is from an older message"), stale.text());
        chat.say("/help");
        assertTrue(chat.pressData(backOnStepThree).text().contains("Step 2 of 16"),
                "the latest message's buttons survive a stale tap and /help");
        assertTrue(chat.sendSticker().text().startsWith("✍️ Please type your answer"), "a sticker skips nothing");
        assertTrue(chat.last().text().contains("Step 2 of 16"));
        assertTrue(chat.say("/start").text().contains("You have an unfinished draft"));
        assertTrue(chat.say("/cancel").text().startsWith("✖️ Cancelled. Nothing was saved."));
        assertTrue(chat.say("Lopez").text().startsWith("🤔 I did not understand"), "no draft left to continue");
        chat.say("/register");
        assertTrue(chat.press(":cancel").text().startsWith("✖️ Registration cancelled"));
        assertTrue(chat.commands(RegisterCustomer.class).isEmpty());
    }

    private static boolean shows(BotChat chat, String label) {
        return chat.last().keyboard().stream().flatMap(List::stream).anyMatch(b -> b.text().equals(label));
    }

    @Test
    void anAbandonedDraftExpiresAndTheUserIsToldWhy() throws Throwable {
        var chat = new BotChat("en");
        chat.say("/register");
        String skip = "w" + (chat.button(data -> data.endsWith(":cancel")).callbackData().split(":")[0].substring(1));
        chat.say("Ana");
        int expired = VertxContextSupport.subscribeAndAwait(() -> expiry.expireBefore(Instant.now().plusSeconds(1)));
        assertTrue(expired >= 1, "the draft was swept");
        assertTrue(chat.say("Lopez").text().startsWith("⌛ Your unfinished draft expired"), chat.last().text());
        assertTrue(chat.pressData(skip + ":skip").text().startsWith("⌛"), "its buttons are dead too");
    }

    @Test
    void aDuplicatedUpdateIsAnsweredOnce() {
        var chat = new BotChat("en");
        chat.sayTwice("/register");
        assertTrue(chat.say("Ana").text().contains("Step 2 of 16"), "the draft moved one step, not two");
        assertEquals(2, chat.answerCount());
    }

    @Test
    void spanishSpeakersAreAskedInSpanish() {
        var chat = new BotChat("es-MX");
        assertTrue(chat.say("/register").text().startsWith("📝 Paso 1 de 16"), chat.last().text());
    }
}
