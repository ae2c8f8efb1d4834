package com.telekpr.notification.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The words of every notification, in English and Spanish (the gateway's second language), from the
 * {@code texts} bundles. A user whose Telegram language is neither reads English.
 */
public final class Texts {
    public static final Set<String> LANGUAGES = Set.of("en", "es");
    private static final String BUNDLE = "com.telekpr.notification.domain.texts";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Texts for a Telegram {@code language_code} such as "es" or "es-MX"; English when unknown. */
    public static Texts forLanguage(String languageCode) {
        String language = languageCode == null ? "en" : languageCode.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return new Texts(Locale.forLanguageTag(LANGUAGES.contains(language) ? language : "en"));
    }

    public String language() {
        return locale.getLanguage();
    }

    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    Set<String> keys() {
        return bundle.keySet();
    }
}
