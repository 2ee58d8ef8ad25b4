package io.tradingcore.pattern.candle;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Hikkake, TA-Lib's {@code TA_CDLHIKKAKE} ({@code ta_CDLHIKKAKE.c}): an inside bar (lower high and higher low than
 * the candle before) followed by a candle breaking out with both a lower high and a lower low (+100) or a higher
 * high and a higher low (-100). If, within three candles of that breakout, a close goes beyond the high (bullish) or
 * the low (bearish) of the inside bar, TA-Lib outputs +200/-200 on that candle. Like TA-Lib, the pattern state is
 * carried across bars, scanning starts three bars before the first output, and a new pattern replaces a pending one.
 */
public final class CdlHikkake extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLHIKKAKE", 3,
        Candlestick.Signal.BULLISH_OR_BEARISH,
        "inside bar then a false breakout (+-100), confirmed (+-200) by a close beyond the inside bar within 3 bars",
        CdlHikkake::new).confirming();

    /** Bars after the pattern within which a close beyond the inside bar confirms it. */
    private static final int CONFIRMATION_BARS = 3;

    private long patternIdx;
    private int patternResult;

    public CdlHikkake()
    {
        super(5);
    }

    @Override
    protected void seed(final long bar)
    {
        if (bar >= lookback() - CONFIRMATION_BARS)
        {
            step(bar);
        }
    }

    @Override
    protected int recognize()
    {
        return step(candles.count() - 1);
    }

    /** One iteration of TA-Lib's loop at {@code bar}: updates the pattern state and returns what TA-Lib outputs. */
    private int step(final long bar)
    {
        final Candles c = candles;
        if (c.high(1) < c.high(2) && c.low(1) > c.low(2)
            && (c.high(0) < c.high(1) && c.low(0) < c.low(1) || c.high(0) > c.high(1) && c.low(0) > c.low(1)))
        {
            patternResult = 100 * (c.high(0) < c.high(1) ? 1 : -1);
            patternIdx = bar;
            return patternResult;
        }
        if (bar <= patternIdx + CONFIRMATION_BARS
            && (patternResult > 0 && c.close(0) > c.high(insideBarAgo(bar))
            || patternResult < 0 && c.close(0) < c.low(insideBarAgo(bar))))
        {
            patternIdx = 0;
            return patternResult + 100 * (patternResult > 0 ? 1 : -1);
        }
        return 0;
    }

    /** @return how many bars ago the inside bar ({@code patternIdx - 1}) was. */
    private int insideBarAgo(final long bar)
    {
        return (int)(bar - patternIdx + 1);
    }

    @Override
    protected void writePatternState(final DataOutput out) throws IOException
    {
        out.writeLong(patternIdx);
        out.writeInt(patternResult);
    }

    @Override
    protected void readPatternState(final DataInput in) throws IOException
    {
        patternIdx = in.readLong();
        patternResult = in.readInt();
    }
}
