package com.telekpr.admin.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The periods of a trend chart in the viewer's time zone: days, ISO weeks (Monday first) or months from
 * the one holding {@code from} to the one holding {@code to}, each from its first local midnight to the
 * next, so a day across a DST change lasts 23 or 25 hours, as it did there.
 */
public final class TrendBuckets {
    /** About three years of days: beyond that a chart is unreadable and the answer needlessly large. */
    public static final int MAX_BUCKETS = 1100;

    public enum Granularity {
        DAY, WEEK, MONTH;

        public static Granularity parse(String value) {
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new PageRequest.InvalidParameter("granularity", "granularity must be day, week or month, was '"
                        + value + "'");
            }
        }

        LocalDate startOf(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> day.withDayOfMonth(1);
            };
        }

        LocalDate next(LocalDate start) {
            return switch (this) {
                case DAY -> start.plusDays(1);
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
            };
        }
    }

    /** One period: its first local day, and the instants it spans, [startsAt, endsAt). */
    public record Bucket(LocalDate start, Instant startsAt, Instant endsAt) {
    }

    private TrendBuckets() {
    }

    public static List<Bucket> of(LocalDate from, LocalDate to, Granularity granularity, ZoneId zone) {
        if (to.isBefore(from)) {
            throw new PageRequest.InvalidParameter("to", "to (" + to + ") is before from (" + from + ")");
        }
        var buckets = new ArrayList<Bucket>();
        for (LocalDate start = granularity.startOf(from); !start.isAfter(to); start = granularity.next(start)) {
            if (buckets.size() == MAX_BUCKETS) {
                throw new PageRequest.InvalidParameter("from", "at most " + MAX_BUCKETS + " " + granularity.name().toLowerCase(Locale.ROOT)
                        + "s fit one chart: narrow from/to or use a coarser granularity");
            }
            LocalDate end = granularity.next(start);
            buckets.add(new Bucket(start, start.atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant()));
        }
        return buckets;
    }
}
