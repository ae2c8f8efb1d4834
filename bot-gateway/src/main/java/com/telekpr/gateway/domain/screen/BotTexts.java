package com.telekpr.gateway.domain.screen;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/** The bot's words in English and Spanish, chosen from Telegram's language_code; English when neither. */
public final class BotTexts {
    public static final Set<String> LANGUAGES = Set.of("en", "es");
    private static final String BUNDLE = "com.telekpr.gateway.domain.screen.texts";

    private final Locale locale;
    private final ResourceBundle bundle;

    private BotTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static BotTexts forLanguage(String languageCode) {
        return new BotTexts(Locale.forLanguageTag(language(languageCode)));
    }

    /** "es-MX" → "es"; anything unsupported → "en". */
    public static String language(String languageCode) {
        String language = languageCode == null ? "en" : languageCode.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return LANGUAGES.contains(language) ? language : "en";
    }

    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    Set<String> keys() {
        return bundle.keySet();
    }
}
