package com.telekpr.local;

import com.telekpr.sandbox.oxapay.OxaPaySimulator;
import com.telekpr.sandbox.telegram.SentMessage;

/** The steps a customer takes again and again: register a profile, buy tokens, order a package. */
final class Journeys {
    private Journeys() {
    }

    /** The whole wizard: a wrong email first, the middle name and every later optional field skipped. */
    static void register(ChatUser chat, String first, String last) {
        chat.say("/register", "Step 1 of 16");
        chat.say(first, "Step 2 of 16");
        chat.tap(":skip", "Step 3 of 16");
        chat.say(last, "Step 4 of 16");
        chat.say("not-an-email", "That is not a valid Email");
        chat.say(first.toLowerCase() + "." + last.toLowerCase() + "@example.com", "Step 5 of 16");
        chat.say("415-555-0123", "Step 6 of 16");
        for (int step = 6; step <= 15; step++) {
            chat.tap(":skip", "Step " + (step + 1) + " of 16");
        }
        chat.tap(":nopw", "Please check the profile");
        // order-service's answer (order.events) may reach the chat before the bot's "saving…" reply
        // (notification.commands): wait for the answer wherever it lands
        chat.tap(":save", "Customer profile saved: " + first + " " + last);
    }

    /** /tokens → a bundle → pay on the OxaPay sandbox checkout → the credit notice. */
    static void buyTokens(ChatUser chat, OxaPaySimulator oxapay, int bundle) {
        chat.say("/tokens", "Balance");
        SentMessage link = chat.tap("tok:buy:" + bundle, "Pay ");
        String url = ChatUser.urlOf(link);
        oxapay.pay(url.substring(url.lastIndexOf('/') + 1));
        chat.await("Payment confirmed");
    }

    /** /order up to its summary for the first profile and {@code packageCode}, no email add-on. */
    static SentMessage orderSummary(ChatUser chat, String packageCode) {
        chat.say("/order", "who is it for");
        chat.tap(chat.latest().keyboard().get(0).get(0).callbackData().substring(chat.latest().keyboard().get(0).get(0)
                .callbackData().indexOf(":profile:")), "Choose the package");
        chat.tap(":package:" + packageCode, "Add email confirmation");
        return chat.tap(":email:no", "Order summary");
    }
}
