package io.tradingcore.market;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Bar periods, aligned to the Unix epoch in UTC: an M5 bar opens at :00, :05, :10 ..., an H4 bar at 00:00,
 * 04:00, 08:00 ... UTC and a D1 bar at 00:00 UTC.
 * <p>
 * Immutable; any thread may call it.
 */
public enum Timeframe
{
    /** One minute. */
    M1(0, 60),
    /** Five minutes. */
    M5(1, 5 * 60),
    /** Fifteen minutes. */
    M15(2, 15 * 60),
    /** Thirty minutes. */
    M30(3, 30 * 60),
    /** One hour. */
    H1(4, 60 * 60),
    /** Four hours, opening at 00, 04, 08, 12, 16 and 20 UTC. */
    H4(5, 4 * 60 * 60),
    /** One day, opening at 00:00 UTC. */
    D1(6, 24 * 60 * 60);

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final Timeframe[] BY_CODE = values();

    private final byte code;
    private final long nanos;

    Timeframe(final int code, final long seconds)
    {
        this.code = (byte)code;
        this.nanos = seconds * NANOS_PER_SECOND;
    }

    /**
     * @return length of the period in nanoseconds.
     */
    public long nanos()
    {
        return nanos;
    }

    /**
     * Open time of the period that contains {@code epochNanos}: the time floored to a multiple of the period.
     *
     * @param epochNanos a time in epoch nanoseconds UTC (may be negative).
     * @return the open time of its period, epoch nanoseconds UTC.
     */
    public long openTime(final long epochNanos)
    {
        return Math.floorDiv(epochNanos, nanos) * nanos;
    }

    /**
     * @return the stable code (0..6) used in binary records; never reused for another timeframe.
     */
    public byte code()
    {
        return code;
    }

    /**
     * @param code a code returned by {@link #code()}.
     * @return the timeframe with that code.
     * @throws IllegalArgumentException if no timeframe has that code.
     */
    public static Timeframe fromCode(final int code)
    {
        if (code < 0 || code >= BY_CODE.length)
        {
            throw new IllegalArgumentException(
                "unknown timeframe code " + code + "; valid: 0.." + (BY_CODE.length - 1));
        }
        return BY_CODE[code];
    }

    /**
     * Parses a timeframe name, case-insensitive and ignoring surrounding blanks ({@code M1}, {@code m5}, {@code H1}).
     *
     * @param text the name.
     * @return the timeframe.
     * @throws IllegalArgumentException naming the valid values if {@code text} is not one of them.
     */
    public static Timeframe parse(final String text)
    {
        if (text != null)
        {
            final String name = text.trim().toUpperCase(Locale.ROOT);
            for (final Timeframe tf : BY_CODE)
            {
                if (tf.name().equals(name))
                {
                    return tf;
                }
            }
        }
        throw new IllegalArgumentException("unknown timeframe '" + text + "'; valid: " +
            Arrays.stream(BY_CODE).map(Timeframe::name).collect(Collectors.joining(", ")));
    }
}
