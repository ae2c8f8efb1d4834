package com.telekpr.sandbox.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parse modes as TDLib applies them: the plain text, the entities (UTF-16 offsets, Telegram's order and
 * splitting) and the exact refusals, with UTF-8 byte offsets.
 */
class TextFormattingTest {

    private static ParsedText format(String text, String mode) {
        return TextFormatting.format(text, mode, false);
    }

    private static String refusal(String text, String mode) {
        BotApiError error = assertThrows(BotApiError.class, () -> format(text, mode));
        assertEquals(400, error.code);
        return error.description;
    }

    @Test
    void htmlTagsBecomeEntitiesAndCharacterReferencesAreDecoded() {
        ParsedText parsed = format("<b>Order</b> #7 is <i>paid</i> 🎉 <u>under</u> <s>gone</s> "
                + "<tg-spoiler>secret</tg-spoiler> <a href=\"https://example.org/o/7\">details</a> <code>x&lt;1</code>",
                "HTML");

        assertEquals("Order #7 is paid 🎉 under gone secret details x<1", parsed.text());
        assertEquals(List.of(TextEntity.of("bold", 0, 5), TextEntity.of("italic", 12, 4),
                TextEntity.of("underline", 20, 5), TextEntity.of("strikethrough", 26, 4),
                TextEntity.of("spoiler", 31, 6), TextEntity.textLink(38, 7, "https://example.org/o/7"),
                TextEntity.of("code", 46, 3)), parsed.entities(), "the emoji counts two UTF-16 units");
        assertEquals("details", parsed.entities().get(5).textIn(parsed.text()));
    }

    @Test
    void htmlKnowsTheAliasesPreWithALanguageAndUnknownReferences() {
        ParsedText parsed = format("<strong>a</strong><em>b</em><ins>c</ins><del>d</del>"
                + "<span class=\"tg-spoiler\">e</span><pre><code class=\"language-java\">int x;</code></pre>"
                + "&copy;&#33;&#x41;", "html");

        assertEquals("abcdeint x;&copy;!A", parsed.text(), "an unknown reference stays as typed");
        assertEquals(List.of(TextEntity.of("bold", 0, 1), TextEntity.of("italic", 1, 1),
                TextEntity.of("underline", 2, 1), TextEntity.of("strikethrough", 3, 1), TextEntity.of("spoiler", 4, 1),
                TextEntity.pre(5, 6, "java")), parsed.entities());
    }

    @Test
    void nestedFormattingIsSplitAsTelegramSplitsIt() {
        ParsedText parsed = format("<b>bold <i>both</i></b>", "HTML");
        assertEquals(List.of(TextEntity.of("bold", 0, 5), TextEntity.of("bold", 5, 4), TextEntity.of("italic", 5, 4)),
                parsed.entities());

        ParsedText touching = format("<b>a</b><b>b</b>", "HTML");
        assertEquals(List.of(TextEntity.of("bold", 0, 2)), touching.entities(), "touching ranges of one type merge");

        ParsedText inCode = format("<code>a<b>b</b></code>", "HTML");
        assertEquals(List.of(TextEntity.of("code", 0, 2)), inCode.entities(), "nothing is formatted inside code");
    }

    @Test
    void linksAreNormalisedAndBadOnesDropped() {
        assertEquals(List.of(TextEntity.textLink(0, 4, "https://example.org/")),
                format("<a href=\"https://Example.ORG\">site</a>", "HTML").entities());
        assertEquals(List.of(TextEntity.textLink(0, 4, "http://example.org/x")),
                format("<a href=\"example.org/x\">site</a>", "HTML").entities(), "no scheme is http");
        assertEquals(List.of(TextEntity.textLink(0, 4, "tg://resolve?domain=telekpr")),
                format("<a href=\"tg://resolve?domain=telekpr\">chat</a>", "HTML").entities());
        assertEquals(List.of(), format("<a href=\"ftp://example.org\">x</a>", "HTML").entities());
        assertEquals(List.of(), format("<a href=\"localhost\">x</a>", "HTML").entities(), "a host needs a dot");
    }

    @Test
    void brokenHtmlIsRefusedInTelegramsWords() {
        assertEquals("Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"",
                refusal("<b>unclosed", "HTML"));
        assertEquals("Bad Request: can't parse entities: Unsupported start tag \"div\" at byte offset 3",
                refusal("hi <div>x</div>", "HTML"));
        assertEquals("Bad Request: can't parse entities: Unmatched end tag at byte offset 7, expected \"</i>\", "
                + "found \"</b>\"", refusal("<b><i>x</b></i>", "HTML"));
        assertEquals("Bad Request: can't parse entities: Unexpected end tag at byte offset 3", refusal("ab </b>", "HTML"));
        assertEquals("Bad Request: can't parse entities: Unclosed start tag at byte offset 4",
                refusal("€ <b", "HTML"), "offsets count UTF-8 bytes: the euro sign is three");
        assertEquals("Bad Request: can't parse entities: Tag \"span\" must have class \"tg-spoiler\" at byte offset 0",
                refusal("<span>x</span>", "HTML"));
    }

    @Test
    void markdownV2MakesEveryEntity() {
        ParsedText parsed = format("*Total:* 12\\.50 USD, _due_ __today__ ~old~ ||hidden|| "
                + "[pay](https://pay.example.com/i?id=1) `x_y`", "MarkdownV2");

        assertEquals("Total: 12.50 USD, due today old hidden pay x_y", parsed.text());
        assertEquals(List.of(TextEntity.of("bold", 0, 6), TextEntity.of("italic", 18, 3),
                TextEntity.of("underline", 22, 5), TextEntity.of("strikethrough", 28, 3),
                TextEntity.of("spoiler", 32, 6), TextEntity.textLink(39, 3, "https://pay.example.com/i?id=1"),
                TextEntity.of("code", 43, 3)), parsed.entities());
    }

    @Test
    void markdownV2PreBlocksAndQuotes() {
        ParsedText pre = format("```python\nprint(1)\n```", "MarkdownV2");
        assertEquals("print(1)", pre.text(), "the first line break goes, the trailing one is trimmed");
        assertEquals(List.of(TextEntity.pre(0, 8, "python")), pre.entities());

        ParsedText quote = format(">first\n>second\nafter", "MarkdownV2");
        assertEquals("first\nsecond\nafter", quote.text());
        assertEquals(List.of(TextEntity.of("blockquote", 0, 13)), quote.entities());

        ParsedText expandable = format(">hidden part||", "MarkdownV2");
        assertEquals(List.of(TextEntity.of("expandable_blockquote", 0, 11)), expandable.entities());
    }

    @Test
    void brokenMarkdownV2IsRefusedInTelegramsWords() {
        assertEquals("Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the "
                + "preceding '\\'", refusal("1.5 *bold*", "MarkdownV2"));
        assertEquals("Bad Request: can't parse entities: Character '-' is reserved and must be escaped with the "
                + "preceding '\\'", refusal("*a-b*", "MarkdownV2"));
        assertEquals("Bad Request: can't parse entities: Can't find end of Bold entity at byte offset 4",
                refusal("Hi, *bold", "MarkdownV2"));
        assertEquals("Bad Request: can't parse entities: Can't find end of Italic entity at byte offset 5",
                refusal("é! _x".replace("!", "\\!"), "MarkdownV2"), "é is two bytes, the escape one more");
        assertEquals("Bad Request: can't parse entities: Can't find end of a URL at byte offset 6",
                refusal("[pay](https://x.y", "MarkdownV2"));
    }

    @Test
    void legacyMarkdownHasNoEscapesButItsOwn() {
        ParsedText parsed = format("*bold* _it_ `c` [link](https://example.org) 1.5 \\*", "Markdown");
        assertEquals("bold it c link 1.5 *", parsed.text());
        assertEquals(List.of(TextEntity.of("bold", 0, 4), TextEntity.of("italic", 5, 2), TextEntity.of("code", 8, 1),
                TextEntity.textLink(10, 4, "https://example.org/")), parsed.entities());
        assertEquals("Bad Request: can't parse entities: Can't find end of the entity starting at byte offset 3",
                refusal("ab *open", "Markdown"));
    }

    @Test
    void telegramTrimsTheTextAndClipsEntitiesToIt() {
        assertEquals(ParsedText.plain("hello"), format("  hello \n ", null));
        ParsedText clipped = format("<b>done  </b>\n", "HTML");
        assertEquals("done", clipped.text());
        assertEquals(List.of(TextEntity.of("bold", 0, 4)), clipped.entities());
        ParsedText leading = format("<b>  x</b>", "HTML");
        assertEquals("  x", leading.text(), "whitespace inside the first entity stays");
        assertEquals("Bad Request: text must be non-empty", refusal("<b> </b>", "HTML"));
        assertEquals(ParsedText.EMPTY, TextFormatting.format("<i>\n</i>", "HTML", true), "a caption may be empty");
        assertEquals("Bad Request: unsupported parse_mode", refusal("x", "BBCode"));
    }
}
