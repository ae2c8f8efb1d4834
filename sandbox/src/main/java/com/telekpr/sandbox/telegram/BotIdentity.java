package com.telekpr.sandbox.telegram;

/** Who the simulated bot is. Like a real token, {@code 123456:secret} names bot 123456. */
record BotIdentity(long id, String firstName, String username) {
    private static final long DEFAULT_ID = 7_000_000_001L;

    static BotIdentity fromToken(String token) {
        int colon = token.indexOf(':');
        long id = DEFAULT_ID;
        if (colon > 0) {
            try {
                id = Long.parseLong(token.substring(0, colon));
            } catch (NumberFormatException notABotId) {
                id = DEFAULT_ID;
            }
        }
        return new BotIdentity(id, "TeleKpr Sandbox", "telekpr_sandbox_bot");
    }
}
