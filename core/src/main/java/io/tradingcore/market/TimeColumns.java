package io.tradingcore.market;

/**
 * Reads the time of a row from one column (date-time, date or epoch number) or from a date column plus a
 * time-of-day column (MT5's {@code <DATE>} and {@code <TIME>}).
 * <p>
 * Immutable; owned by one {@link RowParser}.
 */
final class TimeColumns
{
    private final int dateField;
    private final int timeField;
    private final boolean epochByMagnitude;
    private final String[] names;

    /**
     * @param names            column names for messages.
     * @param dateField        the date or date-time column.
     * @param timeField        the time-of-day column, or -1 if {@code dateField} holds the whole time.
     * @param epochByMagnitude digits are an epoch number of any unit (trade tapes), else epoch millis.
     */
    TimeColumns(final String[] names, final int dateField, final int timeField, final boolean epochByMagnitude)
    {
        this.names = names;
        this.dateField = dateField;
        this.timeField = timeField;
        this.epochByMagnitude = epochByMagnitude;
    }

    /**
     * @return the column that errors about the row's time point at.
     */
    int field()
    {
        return dateField;
    }

    /**
     * @return the row's time in epoch nanoseconds UTC.
     * @throws ImportError if it cannot be parsed.
     */
    long parse(final LineReader row)
    {
        final char[] b = row.buffer();
        final int start = row.start(dateField);
        final int end = row.end(dateField);
        if (timeField >= 0)
        {
            final long epochDay = DateTimes.parseDate(b, start, end);
            if (epochDay == DateTimes.INVALID)
            {
                throw row.error(dateField, names[dateField] + ' ' + row.quoted(dateField) +
                    " is not a valid date (expected 2024.01.02 or 2024-01-02)");
            }
            final long timeOfDay = DateTimes.parseTimeOfDay(b, row.start(timeField), row.end(timeField));
            if (timeOfDay == DateTimes.INVALID)
            {
                throw row.error(timeField, names[timeField] + ' ' + row.quoted(timeField) +
                    " is not a valid time of day (expected 10:05, 10:05:00 or 10:05:00.123)");
            }
            return epochDay * DateTimes.NANOS_PER_DAY + timeOfDay;
        }
        long time = epochByMagnitude ?
            DateTimes.parseEpochByMagnitude(b, start, end) : DateTimes.parseEpochMillis(b, start, end);
        if (time == DateTimes.INVALID)
        {
            time = DateTimes.parseDateTime(b, start, end);
        }
        if (time == DateTimes.INVALID)
        {
            throw row.error(dateField, names[dateField] + ' ' + row.quoted(dateField) + " is not a valid time " +
                (epochByMagnitude ?
                "(expected epoch seconds, millis, micros or nanos, or ISO-8601 like 2024-01-02T10:00:00Z)" :
                "(expected ISO-8601 like 2024-01-02T10:00:00Z, a date like 2024-01-02, or epoch millis)"));
        }
        return time;
    }
}
