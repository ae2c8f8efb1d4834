package com.telekpr.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowTest {

    @Test
    void formulaStartersAreNeutralised() {
        assertEquals("'=HYPERLINK(\"\"x\"\"),'+1,'-2,'@SUM(A1),plain\r\n".replace("'=HYPERLINK(\"\"x\"\")",
                "\"'=HYPERLINK(\"\"x\"\")\""), CsvRow.of(List.of("=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "plain")));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAndEmptyStaysEmpty() {
        assertEquals("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,7\r\n",
                CsvRow.of(Arrays.asList("a,b", "say \"hi\"", "two\nlines", null, 7)));
    }
}
