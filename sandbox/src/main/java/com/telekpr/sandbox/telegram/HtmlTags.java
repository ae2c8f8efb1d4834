package com.telekpr.sandbox.telegram;

import java.util.List;
import java.util.Set;

/** The tags of parse_mode HTML: which exist, which attributes count, and the entity each closed tag makes. */
final class HtmlTags {
    static final Set<String> SUPPORTED = Set.of("a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins",
            "tg-spoiler", "tg-emoji", "tg-time", "span", "pre", "code", "blockquote");

    private HtmlTags() {
    }

    /** The tag's argument after attribute {@code name}="{@code value}": what it was, unless this attribute sets it. */
    static String argument(String tag, String name, String value, String current) {
        if (tag.equals("a") && name.equals("href")) {
            return value;
        } else if (tag.equals("code") && name.equals("class") && value.startsWith("language-")) {
            return value.substring(9);
        } else if (tag.equals("span") && name.equals("class") && value.startsWith("tg-")) {
            return value.substring(3);
        } else if (tag.equals("tg-emoji") && name.equals("emoji-id")) {
            return value;
        } else if (tag.equals("blockquote") && name.equals("expandable")) {
            return "1";
        }
        return current;
    }

    /**
     * Adds the entity of a closed, non-empty tag to {@code entities}, as TDLib does: a pre around a code with a
     * language (or a code with a language around a pre) becomes one pre with that language.
     *
     * @param text the output so far, for an a without href (its text is its link)
     */
    static void close(String tag, String argument, int offset, int length, CharSequence text,
            List<TextEntity> entities) {
        TextEntity previous = entities.isEmpty() ? null : entities.get(entities.size() - 1);
        boolean sameRange = previous != null && previous.offset() == offset && previous.length() == length;
        switch (tag) {
            case "i", "em" -> entities.add(TextEntity.of("italic", offset, length));
            case "b", "strong" -> entities.add(TextEntity.of("bold", offset, length));
            case "s", "strike", "del" -> entities.add(TextEntity.of("strikethrough", offset, length));
            case "u", "ins" -> entities.add(TextEntity.of("underline", offset, length));
            case "tg-spoiler", "span" -> entities.add(TextEntity.of("spoiler", offset, length));
            case "blockquote" -> entities.add(TextEntity.of(argument.isEmpty() ? "blockquote" : "expandable_blockquote",
                    offset, length));
            case "tg-time" -> { } // a date needs unix="..." and a format; the sandbox formats none
            case "tg-emoji" -> {
                if (!argument.matches("[1-9][0-9]{0,18}")) {
                    throw TextFormatting.cantParse("Invalid custom emoji identifier specified");
                }
                entities.add(new TextEntity("custom_emoji", offset, length, null, null, argument));
            }
            case "a" -> {
                String url = TextLinks.checked(argument.isEmpty()
                        ? text.subSequence(offset, offset + length).toString() : argument);
                if (!url.isEmpty()) {
                    entities.add(TextEntity.textLink(offset, length, url));
                }
            }
            case "pre" -> {
                if (sameRange && previous.type().equals("code") && previous.language() != null) {
                    entities.set(entities.size() - 1, TextEntity.pre(offset, length, previous.language()));
                } else {
                    entities.add(TextEntity.pre(offset, length, null));
                }
            }
            case "code" -> {
                String language = argument.isEmpty() ? null : argument;
                if (sameRange && previous.type().equals("pre") && previous.language() == null && language != null) {
                    entities.set(entities.size() - 1, TextEntity.pre(offset, length, language));
                } else {
                    // the language rides along only until a surrounding pre claims it: see withoutCodeLanguages
                    entities.add(new TextEntity("code", offset, length, null, language, null));
                }
            }
            default -> throw new IllegalStateException("no entity for tag " + tag);
        }
    }

    /** After parsing: a code never claimed by a pre has no language. */
    static void withoutCodeLanguages(List<TextEntity> entities) {
        entities.replaceAll(entity -> entity.type().equals("code") && entity.language() != null
                ? TextEntity.of("code", entity.offset(), entity.length()) : entity);
    }
}
