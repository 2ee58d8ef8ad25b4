package io.tradingcore.pattern.candle;

import java.util.List;

/**
 * Patterns of four or five candles (breakaway, mat hold, rising/falling three methods, ladder bottom, concealing
 * baby swallow, three-line strike) and the hikkake family, which confirms on a later bar.
 */
final class MultiCandlePatterns
{
    static final List<Candlestick> ALL = List.of(
        Cdl3LineStrike.PATTERN,
        CdlBreakaway.PATTERN,
        CdlConcealBabysWall.PATTERN,
        CdlHikkake.PATTERN,
        CdlHikkakeMod.PATTERN,
        CdlLadderBottom.PATTERN,
        CdlMatHold.PATTERN,
        CdlRiseFall3Methods.PATTERN);

    private MultiCandlePatterns()
    {
    }
}
