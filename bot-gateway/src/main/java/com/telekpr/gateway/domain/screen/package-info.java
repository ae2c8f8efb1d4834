/**
 * What the user sees. The words of every message, in English and Spanish, are the texts beside
 * {@link com.telekpr.gateway.domain.screen.BotTexts} ({@code texts_en.properties}, {@code texts_es.properties});
 * the wizards' prompts, the order screens, the keyboard and the reply types are here too. A desk's one-screen
 * answers are laid out in the desk itself, in {@code domain.flow}.
 */
package com.telekpr.gateway.domain.screen;
