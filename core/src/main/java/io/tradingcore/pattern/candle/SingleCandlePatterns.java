package io.tradingcore.pattern.candle;

import java.util.List;

/**
 * Patterns about the shape of one candle (dojis, hammers, marubozu, lines), some judged against the candle before.
 */
final class SingleCandlePatterns
{
    static final List<Candlestick> ALL = List.of(CdlHammer.PATTERN);

    private SingleCandlePatterns()
    {
    }
}
