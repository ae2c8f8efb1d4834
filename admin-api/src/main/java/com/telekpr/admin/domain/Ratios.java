package com.telekpr.admin.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The dashboard's rates and means: rounded alike, and 0 rather than a division by zero when there is nothing yet. */
public final class Ratios {
    private Ratios() {
    }

    /** {@code part ÷ whole}, 0 to 1, to four decimals; 0 when whole is 0. */
    public static double rate(long part, long whole) {
        if (whole == 0) {
            return 0;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP).doubleValue();
    }

    /** {@code sum ÷ count} to {@code scale} decimals, half up; 0 when count is 0. */
    public static BigDecimal mean(BigDecimal sum, long count, int scale) {
        if (count == 0) {
            return BigDecimal.ZERO.setScale(scale);
        }
        return sum.divide(BigDecimal.valueOf(count), scale, RoundingMode.HALF_UP);
    }
}
