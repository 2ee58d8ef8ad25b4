package io.tradingcore.pattern;

import java.util.Arrays;

/**
 * A candle series as parallel arrays, oldest first: the input of {@link PatternValidator}. Validated on
 * construction so that bad input is refused with the index and field at fault. Arrays are copied; immutable.
 *
 * @param time   bar open times, epoch nanoseconds UTC, strictly increasing.
 * @param volume may be all zeros; patterns do not read it, rules may.
 */
public record CandleSeries(long[] time, double[] open, double[] high, double[] low, double[] close, double[] volume)
{
    /** Most candles one validation accepts. */
    public static final int MAX_CANDLES = 100_000;

    /** @throws IllegalArgumentException saying which candle and field is wrong. */
    public CandleSeries
    {
        final int n = time.length;
        if (open.length != n || high.length != n || low.length != n || close.length != n || volume.length != n)
        {
            throw new IllegalArgumentException("candles: time, open, high, low, close and volume differ in length");
        }
        if (n > MAX_CANDLES)
        {
            throw new IllegalArgumentException("candles: at most " + MAX_CANDLES + " candles, got " + n);
        }
        for (int i = 0; i < n; i++)
        {
            check(i, "open", open[i]);
            check(i, "high", high[i]);
            check(i, "low", low[i]);
            check(i, "close", close[i]);
            if (!Double.isFinite(volume[i]) || volume[i] < 0)
            {
                throw new IllegalArgumentException("candles[" + i + "].volume: must be a finite number >= 0, was " +
                    volume[i]);
            }
            if (high[i] < low[i] || open[i] > high[i] || open[i] < low[i] || close[i] > high[i] || close[i] < low[i])
            {
                throw new IllegalArgumentException("candles[" + i + "]: open and close must lie within low " + low[i] +
                    " and high " + high[i] + " (open " + open[i] + ", close " + close[i] + ")");
            }
            if (i > 0 && time[i] <= time[i - 1])
            {
                throw new IllegalArgumentException("candles[" + i + "].time: must be after candles[" + (i - 1) +
                    "].time");
            }
        }
        time = time.clone();
        open = open.clone();
        high = high.clone();
        low = low.clone();
        close = close.clone();
        volume = volume.clone();
    }

    private static void check(final int i, final String field, final double value)
    {
        if (!Double.isFinite(value))
        {
            throw new IllegalArgumentException("candles[" + i + "]." + field + ": must be a finite number, was " +
                value);
        }
    }

    public int size()
    {
        return time.length;
    }

    @Override
    public boolean equals(final Object other)
    {
        return other instanceof CandleSeries that && Arrays.equals(time, that.time) && Arrays.equals(open, that.open)
            && Arrays.equals(high, that.high) && Arrays.equals(low, that.low) && Arrays.equals(close, that.close)
            && Arrays.equals(volume, that.volume);
    }

    @Override
    public int hashCode()
    {
        return Arrays.hashCode(time) * 31 + Arrays.hashCode(close);
    }

    @Override
    public String toString()
    {
        return "CandleSeries[" + size() + " candles]";
    }
}
