package com.telekpr.admin.api;

import com.telekpr.admin.domain.OrderProgress;
import com.telekpr.rest.InvalidRequestException;
import com.telekpr.rest.RequestParams;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** admin-api's query values, read by hand so each malformed one is a 400 that names it. */
final class AdminParams {
    private AdminParams() {
    }

    /** An IANA zone such as Europe/Berlin; UTC when absent. */
    static ZoneId zone(String tz) {
        if (tz == null || tz.isBlank()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(tz.strip());
        } catch (DateTimeException e) {
            throw new InvalidRequestException("tz", "tz must be an IANA time zone such as Europe/Berlin, was '" + tz + "'");
        }
    }

    /** The years a date may name: beyond them there is no business, and Postgres' timestamps end. */
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2200;

    static LocalDate date(String name, String value, LocalDate absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return plausible(name, LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name, name + " must be a date like 2026-11-30, was '" + value + "'");
        }
    }

    private static LocalDate plausible(String name, LocalDate date) {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new InvalidRequestException(name, name + " must be within the years " + FIRST_YEAR + " to " + LAST_YEAR
                    + ", was " + date);
        }
        return date;
    }

    /**
     * A moment: an ISO-8601 instant, or a date meaning its start in {@code zone}; with {@code endOfDay} a date
     * means the start of the next day, so {@code to=2026-11-30} includes the 30th.
     */
    static Instant moment(String name, String value, ZoneId zone, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                return plausible(name, LocalDate.parse(text)).plusDays(endOfDay ? 1 : 0).atStartOfDay(zone).toInstant();
            }
            Instant instant = Instant.parse(text);
            plausible(name, instant.atZone(ZoneOffset.UTC).toLocalDate());
            return instant;
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name, name + " must be a date like 2026-11-30 or an instant like"
                    + " 2026-11-30T12:00:00Z, was '" + value + "'");
        }
    }

    /** A from/to window of moments (see {@link #moment}); either end may be absent. */
    record Window(Instant from, Instant to) {
    }

    /** from (inclusive) and to (exclusive; a date includes its day) in {@code tz}, to not before from. */
    static Window window(String from, String to, String tz) {
        ZoneId zone = zone(tz);
        Window window = new Window(moment("from", from, zone, false), moment("to", to, zone, true));
        range(window.from(), window.to());
        return window;
    }

    /** Refuses {@code to} before {@code from} (either may be absent). */
    static <T extends Comparable<? super T>> void range(T from, T to) {
        if (from != null && to != null && to.compareTo(from) < 0) {
            throw new InvalidRequestException("to", "to (" + to + ") is before from (" + from + ")");
        }
    }

    static UUID uuid(String name, String value) {
        return value == null || value.isBlank() ? null : RequestParams.uuid(name, value.strip());
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidRequestException(name, name + " must be true or false, was '" + value + "'");
        };
    }

    static String oneOf(String name, String value, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(text)) {
            throw new InvalidRequestException(name, name + " must be one of " + String.join(", ",
                    new java.util.TreeSet<>(allowed)) + ", was '" + value + "'");
        }
        return text;
    }

    static String orderStatus(String value) {
        return oneOf("status", value, OrderProgress.statuses());
    }

    /** Free text, at most 200 characters (a search box, not a document). */
    static String text(String value) {
        if (value != null && value.length() > 200) {
            throw new InvalidRequestException("q", "q must be at most 200 characters, was " + value.length());
        }
        return value;
    }
}
