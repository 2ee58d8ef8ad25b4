package io.tradingcore.pattern.candle;

import java.util.List;

/**
 * Two-candle patterns (engulfing, harami, piercing, necks, kicking, lines).
 */
final class TwoCandlePatterns
{
    static final List<Candlestick> ALL = List.of(CdlEngulfing.PATTERN);

    private TwoCandlePatterns()
    {
    }
}
