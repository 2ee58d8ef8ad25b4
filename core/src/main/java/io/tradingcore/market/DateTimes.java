package io.tradingcore.market;

/**
 * Parses dates and times from a char buffer into epoch nanoseconds UTC, without allocating.
 * <ul>
 *   <li>date: {@code yyyy-MM-dd}, {@code yyyy.MM.dd} (MT5) or {@code yyyy/MM/dd};</li>
 *   <li>time of day: {@code HH:mm}, {@code HH:mm:ss}, {@code HH:mm:ss.f} with 1 to 9 fraction digits;</li>
 *   <li>date-time: date, optionally {@code T} or one space and a time of day, optionally {@code Z} or an offset
 *       {@code +HH}, {@code +HHmm}, {@code +HH:mm}; without a zone the time is taken as UTC;</li>
 *   <li>epoch numbers: see {@link #parseEpochMillis} and {@link #parseEpochByMagnitude}.</li>
 * </ul>
 * Times outside the epoch-nanosecond range (about 1678..2261) are invalid. Stateless; any thread may call it.
 */
final class DateTimes
{
    static final long INVALID = Long.MIN_VALUE;
    static final long NANOS_PER_SECOND = 1_000_000_000L;
    static final long NANOS_PER_DAY = 86_400L * NANOS_PER_SECOND;
    /** Epoch seconds below this are seconds: 1e11 s is the year 5138, 1e11 ms is 1973-03-03. */
    static final long SECONDS_BELOW = 100_000_000_000L;
    /** Epoch values below this (and at least {@link #SECONDS_BELOW}) are millis. */
    static final long MILLIS_BELOW = 100_000_000_000_000L;
    /** Epoch values below this (and at least {@link #MILLIS_BELOW}) are micros; from here on, nanos. */
    static final long MICROS_BELOW = 100_000_000_000_000_000L;

    private static final long MAX_EPOCH_DAY = 106_700L;
    private static final int MAX_OFFSET_SECONDS = 18 * 3600;
    private static final int DATE_LENGTH = 10;

    private DateTimes()
    {
    }

    /**
     * @return epoch day of a date, or {@link #INVALID}.
     */
    static long parseDate(final char[] b, final int start, final int end)
    {
        if (end - start != DATE_LENGTH)
        {
            return INVALID;
        }
        final char sep = b[start + 4];
        if (sep != '-' && sep != '.' && sep != '/' || b[start + 7] != sep)
        {
            return INVALID;
        }
        final int year = digits(b, start, 4);
        final int month = digits(b, start + 5, 2);
        final int day = digits(b, start + 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month))
        {
            return INVALID;
        }
        final long epochDay = epochDay(year, month, day);
        return Math.abs(epochDay) > MAX_EPOCH_DAY ? INVALID : epochDay;
    }

    /**
     * @return nanoseconds since midnight, or {@link #INVALID}.
     */
    static long parseTimeOfDay(final char[] b, final int start, final int end)
    {
        if (end - start < 5 || b[start + 2] != ':')
        {
            return INVALID;
        }
        final int hour = digits(b, start, 2);
        final int minute = digits(b, start + 3, 2);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
        {
            return INVALID;
        }
        long nanos = (hour * 3600L + minute * 60L) * NANOS_PER_SECOND;
        int i = start + 5;
        if (i == end)
        {
            return nanos;
        }
        final int second = end - i >= 3 && b[i] == ':' ? digits(b, i + 1, 2) : -1;
        if (second < 0 || second > 59)
        {
            return INVALID;
        }
        nanos += second * NANOS_PER_SECOND;
        i += 3;
        if (i == end)
        {
            return nanos;
        }
        if (b[i] != '.' && b[i] != ',')
        {
            return INVALID;
        }
        final long fraction = fractionNanos(b, i + 1, end);
        return fraction == INVALID ? INVALID : nanos + fraction;
    }

    /**
     * @return epoch nanos of a date or date-time, or {@link #INVALID}.
     */
    static long parseDateTime(final char[] b, final int start, final int end)
    {
        if (end - start < DATE_LENGTH)
        {
            return INVALID;
        }
        final long epochDay = parseDate(b, start, start + DATE_LENGTH);
        if (epochDay == INVALID || end == start + DATE_LENGTH)
        {
            return epochDay == INVALID ? INVALID : epochDay * NANOS_PER_DAY;
        }
        final char t = b[start + DATE_LENGTH];
        if (t != 'T' && t != 't' && t != ' ')
        {
            return INVALID;
        }
        final int timeStart = start + DATE_LENGTH + 1;
        int zone = timeStart;
        while (zone < end && (b[zone] >= '0' && b[zone] <= '9' || b[zone] == ':' || b[zone] == '.' || b[zone] == ','))
        {
            zone++;
        }
        final long timeOfDay = parseTimeOfDay(b, timeStart, zone);
        final long offsetSeconds = parseOffsetSeconds(b, zone, end);
        if (timeOfDay == INVALID || offsetSeconds == INVALID)
        {
            return INVALID;
        }
        return epochDay * NANOS_PER_DAY + timeOfDay - offsetSeconds * NANOS_PER_SECOND;
    }

    /**
     * @return epoch nanos of a non-negative integer number of epoch milliseconds, or {@link #INVALID}.
     */
    static long parseEpochMillis(final char[] b, final int start, final int end)
    {
        final long millis = digits(b, start, end - start, Long.MAX_VALUE / 1_000_000L);
        return millis < 0 ? INVALID : millis * 1_000_000L;
    }

    /**
     * Parses a non-negative epoch number, integer or decimal ({@code 1385337600.5}); the unit is chosen by the
     * magnitude of the integer part: below {@link #SECONDS_BELOW} seconds, below {@link #MILLIS_BELOW} millis,
     * below {@link #MICROS_BELOW} micros, otherwise nanos. Fraction digits beyond the nanosecond are truncated.
     *
     * @return epoch nanos, or {@link #INVALID}.
     */
    static long parseEpochByMagnitude(final char[] b, final int start, final int end)
    {
        int point = start;
        while (point < end && b[point] != '.')
        {
            point++;
        }
        final long whole = digits(b, start, point - start, Long.MAX_VALUE);
        if (whole < 0 || point == end - 1 || !allDigits(b, point + 1, end))
        {
            return INVALID;
        }
        final long unit = whole < SECONDS_BELOW ? NANOS_PER_SECOND :
            whole < MILLIS_BELOW ? 1_000_000L : whole < MICROS_BELOW ? 1_000L : 1L;
        final int fractionEnd = Math.min(end, point + 10);
        final long fraction = point == end ? 0 : digits(b, point + 1, fractionEnd - point - 1, Long.MAX_VALUE);
        if (whole > Long.MAX_VALUE / unit)
        {
            return INVALID;
        }
        final int fractionDigits = Math.max(0, fractionEnd - point - 1);
        final long nanos = whole * unit;
        final long fractionNanos = fraction * unit / powerOfTen(fractionDigits);
        return nanos > Long.MAX_VALUE - fractionNanos ? INVALID : nanos + fractionNanos;
    }

    /**
     * Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
     */
    static long epochDay(final int year, final int month, final int day)
    {
        final long y = month <= 2 ? year - 1 : year;
        final long era = Math.floorDiv(y, 400);
        final long yearOfEra = y - era * 400;
        final long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        final long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    private static int lengthOfMonth(final int year, final int month)
    {
        if (month == 2)
        {
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    private static long parseOffsetSeconds(final char[] b, final int start, final int end)
    {
        if (start == end)
        {
            return 0;
        }
        if (end - start == 1 && (b[start] == 'Z' || b[start] == 'z'))
        {
            return 0;
        }
        if (b[start] != '+' && b[start] != '-')
        {
            return INVALID;
        }
        final int length = end - start - 1;
        final int hours = length >= 2 ? digits(b, start + 1, 2) : -1;
        final int minutes = length == 2 ? 0 : length == 4 ? digits(b, start + 3, 2) :
            length == 5 && b[start + 3] == ':' ? digits(b, start + 4, 2) : -1;
        final int seconds = hours * 3600 + minutes * 60;
        if (hours < 0 || minutes < 0 || minutes > 59 || seconds > MAX_OFFSET_SECONDS)
        {
            return INVALID;
        }
        return b[start] == '-' ? -seconds : seconds;
    }

    private static long fractionNanos(final char[] b, final int start, final int end)
    {
        final int length = end - start;
        if (length < 1 || length > 9)
        {
            return INVALID;
        }
        final long value = digits(b, start, length, Long.MAX_VALUE);
        return value < 0 ? INVALID : value * powerOfTen(9 - length);
    }

    private static boolean allDigits(final char[] b, final int start, final int end)
    {
        for (int i = start; i < end; i++)
        {
            if (b[i] < '0' || b[i] > '9')
            {
                return false;
            }
        }
        return true;
    }

    private static long powerOfTen(final int exponent)
    {
        long value = 1;
        for (int i = 0; i < exponent; i++)
        {
            value *= 10;
        }
        return value;
    }

    /**
     * @return the value of {@code count} (1..9) decimal digits, or -1 if one is not a digit.
     */
    private static int digits(final char[] b, final int start, final int count)
    {
        return (int)digits(b, start, count, Integer.MAX_VALUE);
    }

    /**
     * @return the value of {@code count} decimal digits if it is at most {@code max}; -1 if there are no digits, a
     * character is not a digit or the value exceeds {@code max}.
     */
    private static long digits(final char[] b, final int start, final int count, final long max)
    {
        if (count <= 0)
        {
            return -1;
        }
        long value = 0;
        for (int i = start; i < start + count; i++)
        {
            final int digit = b[i] - '0';
            if (digit < 0 || digit > 9 || value > (max - digit) / 10)
            {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
