package com.telekpr.gateway.domain.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BotTextsTest {

    @Test
    void bothLanguagesHaveEveryTextAndUnknownLanguagesReadEnglish() {
        assertEquals(BotTexts.forLanguage("en").keys(), BotTexts.forLanguage("es").keys());
        assertEquals("es", BotTexts.language("es-MX"));
        assertEquals("en", BotTexts.language("uk"));
    }
}
