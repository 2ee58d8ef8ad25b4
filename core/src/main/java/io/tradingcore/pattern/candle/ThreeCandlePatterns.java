package io.tradingcore.pattern.candle;

import java.util.List;

/**
 * Three-candle patterns other than the stars (crows, soldiers, inside/outside, gaps, rivers).
 */
final class ThreeCandlePatterns
{
    static final List<Candlestick> ALL = List.of(
        Cdl2Crows.PATTERN,
        Cdl3BlackCrows.PATTERN,
        Cdl3Inside.PATTERN,
        Cdl3Outside.PATTERN,
        Cdl3StarsInSouth.PATTERN,
        Cdl3WhiteSoldiers.PATTERN,
        CdlAdvanceBlock.PATTERN,
        CdlGapSideSideWhite.PATTERN,
        CdlIdentical3Crows.PATTERN,
        CdlStalledPattern.PATTERN,
        CdlStickSandwich.PATTERN,
        CdlTasukiGap.PATTERN,
        CdlUnique3River.PATTERN,
        CdlUpsideGap2Crows.PATTERN,
        CdlXSideGap3Methods.PATTERN);

    private ThreeCandlePatterns()
    {
    }
}
