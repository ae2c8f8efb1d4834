package com.telekpr.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSplitterTest {

    @Test
    void shortTextsStayWhole() {
        assertEquals(List.of("hello"), TextSplitter.split("hello"));
        assertEquals(List.of("x".repeat(4096)), TextSplitter.split("x".repeat(4096)));
    }

    @Test
    void longTextsBreakAtParagraphsFirst() {
        String first = "a".repeat(3000);
        String second = "b".repeat(3000);
        assertEquals(List.of(first, second), TextSplitter.split(first + "\n\n" + second));
    }

    @Test
    void thenAtLinesThenWordsThenHard() {
        String lines = "l".repeat(3000) + "\n" + "m".repeat(3000);
        assertEquals(2, TextSplitter.split(lines).size());
        String words = ("word ".repeat(2000)).strip();
        var parts = TextSplitter.split(words);
        assertTrue(parts.stream().allMatch(part -> part.length() <= 4096 && !part.startsWith(" ") && part.endsWith("word")));
        assertEquals(words.replace(" ", ""), String.join("", parts).replace(" ", ""));
        var hard = TextSplitter.split("z".repeat(9000));
        assertEquals(List.of(4096, 4096, 808), hard.stream().map(String::length).toList());
    }

    @Test
    void neverCutsAnEmojiInHalf() {
        String text = "a".repeat(4095) + "😀" + "b".repeat(10);
        var parts = TextSplitter.split(text);
        assertEquals(text, String.join("", parts));
        assertTrue(parts.stream().noneMatch(part -> Character.isHighSurrogate(part.charAt(part.length() - 1))));
    }

    @Test
    void unsplittableTextsAreShortenedVisibly() {
        assertEquals("abc", TextSplitter.truncate("abc", 10));
        String cut = TextSplitter.truncate("x".repeat(2000), 1024);
        assertEquals(1024, cut.length());
        assertTrue(cut.endsWith("…"));
    }
}
