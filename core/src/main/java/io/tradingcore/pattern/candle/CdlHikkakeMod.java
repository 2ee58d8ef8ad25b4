package io.tradingcore.pattern.candle;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Modified Hikkake, TA-Lib's {@code TA_CDLHIKKAKEMOD} ({@code ta_CDLHIKKAKEMOD.c}): two nested inside bars, the
 * second closing near ({@code NEAR}) its low (bullish) or its high (bearish), then a candle breaking out with a
 * lower high and lower low (+100) or a higher high and higher low (-100). If, within three candles, a close goes
 * beyond the high (bullish) or the low (bearish) of the second inside bar, TA-Lib outputs +200/-200 on that candle.
 *
 * <p>TA-Lib scans the three bars before its first output for patterns and, unlike the standard candle averages,
 * already rolls the {@code NEAR} total over those bars; this class keeps that total itself, seeded over the same
 * candles and rolled with the same {@code total += range(i - 2) - range(i - 2 - avgPeriod)} arithmetic.
 */
public final class CdlHikkakeMod extends CandlePattern
{
    public static final Candlestick PATTERN = Candlestick.of("CDLHIKKAKEMOD", 4,
        Candlestick.Signal.BULLISH_OR_BEARISH,
        "two inside bars, the second closing near its extreme, then a false breakout (+-100), confirmed (+-200)",
        CdlHikkakeMod::new).confirming();

    /** Bars after the pattern within which a close beyond the inside bar confirms it. */
    private static final int CONFIRMATION_BARS = 3;
    /** The {@code NEAR} average is taken before the second inside bar, two bars before the breakout. */
    private static final int NEAR_AGO = 2;

    private double nearTotal;
    private long patternIdx;
    private int patternResult;

    public CdlHikkakeMod()
    {
        super(Math.max(1, CandleSetting.NEAR.avgPeriod()) + 5);
    }

    @Override
    protected void seed(final long bar)
    {
        final long scanStart = lookback() - CONFIRMATION_BARS;
        if (bar >= scanStart)
        {
            step(bar);
            rollNear();
        }
        else if (bar >= scanStart - CandleSetting.NEAR.avgPeriod())
        {
            nearTotal += candles.range(CandleSetting.NEAR, NEAR_AGO);
        }
    }

    @Override
    protected int recognize()
    {
        final int result = step(candles.count() - 1);
        rollNear();
        return result;
    }

    private void rollNear()
    {
        nearTotal += candles.range(CandleSetting.NEAR, NEAR_AGO)
            - candles.range(CandleSetting.NEAR, NEAR_AGO + CandleSetting.NEAR.avgPeriod());
    }

    /** One iteration of TA-Lib's loop at {@code bar}: updates the pattern state and returns what TA-Lib outputs. */
    private int step(final long bar)
    {
        final Candles c = candles;
        final CandleSetting setting = CandleSetting.NEAR;
        final double near = setting.average(nearTotal,
            setting.avgPeriod() != 0 ? 0.0 : c.range(setting, NEAR_AGO));
        if (c.high(2) < c.high(3) && c.low(2) > c.low(3) && c.high(1) < c.high(2) && c.low(1) > c.low(2)
            && (c.high(0) < c.high(1) && c.low(0) < c.low(1) && c.close(2) <= c.low(2) + near
            || c.high(0) > c.high(1) && c.low(0) > c.low(1) && c.close(2) >= c.high(2) - near))
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

    /** @return how many bars ago the second inside bar ({@code patternIdx - 1}) was. */
    private int insideBarAgo(final long bar)
    {
        return (int)(bar - patternIdx + 1);
    }

    @Override
    protected void writePatternState(final DataOutput out) throws IOException
    {
        out.writeDouble(nearTotal);
        out.writeLong(patternIdx);
        out.writeInt(patternResult);
    }

    @Override
    protected void readPatternState(final DataInput in) throws IOException
    {
        nearTotal = in.readDouble();
        patternIdx = in.readLong();
        patternResult = in.readInt();
    }
}
