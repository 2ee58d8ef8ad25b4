package io.tradingcore.pattern.candle;

import java.util.List;

/**
 * Three-candle patterns other than the stars (crows, soldiers, inside/outside, gaps, rivers).
 */
final class ThreeCandlePatterns
{
    static final List<Candlestick> ALL = List.of();

    private ThreeCandlePatterns()
    {
    }
}
