package io.tradingcore.market;

import java.time.Duration;
import java.time.Instant;

/**
 * Rows of ready-made bars (OHLCV CSV and MT5 bar exports). A row is rejected if a price is not a positive number,
 * a volume is negative, high is below low, open or close lies outside [low, high], or its time is earlier than
 * the latest bar time by more than the bar period. The bar period is the smallest positive step between
 * consecutive bar times seen so far; before one is seen any step back is rejected.
 * <p>
 * Not thread-safe; owned by the importing thread.
 */
final class BarRowParser extends RowParser
{
    private static final long NONE = Long.MIN_VALUE;

    private final TimeColumns time;
    private final int open;
    private final int high;
    private final int low;
    private final int close;
    private final int volume;
    private final int fallbackVolume;

    private long previousTime = NONE;
    private long latestTime = NONE;
    private long period;

    /**
     * @param volume         the volume column, or -1 (volume 0).
     * @param fallbackVolume a column whose volume is used when {@code volume}'s is not positive (MT5: tick volume
     *                       when the real volume is 0), or -1.
     */
    BarRowParser(
        final String[] names,
        final TimeColumns time,
        final int open,
        final int high,
        final int low,
        final int close,
        final int volume,
        final int fallbackVolume)
    {
        super(names);
        this.time = time;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
        this.fallbackVolume = fallbackVolume;
    }

    @Override
    void parse(final LineReader row, final MarketDataSink sink)
    {
        final long t = time.parse(row);
        final double o = price(row, open);
        final double h = price(row, high);
        final double l = price(row, low);
        final double c = price(row, close);
        double v = volume < 0 ? 0.0 : volume(row, volume);
        if (fallbackVolume >= 0)
        {
            final double fallback = volume(row, fallbackVolume);
            v = v > 0.0 ? v : fallback;
        }
        if (h < l)
        {
            throw row.error(high, names[high] + ' ' + row.quoted(high) + " is below " +
                names[low] + ' ' + row.quoted(low));
        }
        checkInside(row, open, o, l, h);
        checkInside(row, close, c, l, h);
        checkOrder(row, t);
        sink.onBar(row.lineNumber(), t, o, h, l, c, v);
    }

    private void checkInside(final LineReader row, final int field, final double value, final double l, final double h)
    {
        if (value < l || value > h)
        {
            throw row.error(field, names[field] + ' ' + row.quoted(field) + " is outside [" +
                names[low] + ' ' + row.text(low) + ", " + names[high] + ' ' + row.text(high) + ']');
        }
    }

    private void checkOrder(final LineReader row, final long t)
    {
        if (latestTime != NONE && t < latestTime - period)
        {
            final int field = time.field();
            final String limit = period == 0 ? "" : " by more than the bar period " + Duration.ofNanos(period);
            throw row.error(field, names[field] + ' ' + row.quoted(field) +
                " goes backwards: it is before the latest bar (" + Instant.ofEpochSecond(0, latestTime) + ')' + limit);
        }
        if (previousTime != NONE && t > previousTime)
        {
            final long step = t - previousTime;
            period = period == 0 ? step : Math.min(period, step);
        }
        previousTime = t;
        latestTime = Math.max(latestTime, t);
    }
}
