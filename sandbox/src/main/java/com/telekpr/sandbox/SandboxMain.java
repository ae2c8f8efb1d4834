package com.telekpr.sandbox;

import com.telekpr.sandbox.oxapay.OxaPaySimulator;
import com.telekpr.sandbox.telegram.TelegramLimits;
import com.telekpr.sandbox.telegram.TelegramSimulator;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox as a process: {@code SandboxMain <oxapay-port> <merchant-key> [<telegram-port> <telegram-token>]}.
 * The Telegram token may also come from {@code TELEKPR_SANDBOX_TELEGRAM_TOKEN}; an argument wins over it.
 */
public final class SandboxMain {
    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int oxapayPort = args.length > 0 ? Integer.parseInt(args[0]) : 8090;
        String key = args.length > 1 ? args[1] : "sandbox-merchant-key";
        int telegramPort = args.length > 2 ? Integer.parseInt(args[2]) : 8091;
        String envToken = System.getenv("TELEKPR_SANDBOX_TELEGRAM_TOKEN");
        String token = args.length > 3 ? args[3]
                : envToken != null && !envToken.isBlank() ? envToken : "sandbox-bot-token";
        var oxapay = OxaPaySimulator.start(oxapayPort, key);
        var telegram = TelegramSimulator.start(telegramPort, token, TelegramLimits.telegram());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            telegram.close();
            oxapay.close();
        }));
        System.out.println("OxaPay sandbox on " + oxapay.baseUrl() + " (checkout pages under /pay/)");
        System.out.println("Telegram Bot API sandbox on " + telegram.baseUrl() + " (pengrad apiUrl " + telegram.apiUrl()
                + ", control under /control/telegram/, chat with the bot at " + telegram.baseUrl() + "/chat)");
        new CountDownLatch(1).await();
    }
}
