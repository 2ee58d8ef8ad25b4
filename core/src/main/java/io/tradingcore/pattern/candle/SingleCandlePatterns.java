package io.tradingcore.pattern.candle;

import java.util.List;

/**
 * Patterns about the shape of one candle (dojis, hammers, marubozu, lines), some judged against the candle before.
 */
final class SingleCandlePatterns
{
    static final List<Candlestick> ALL = List.of(
        CdlBeltHold.PATTERN,
        CdlClosingMarubozu.PATTERN,
        CdlDoji.PATTERN,
        CdlDragonflyDoji.PATTERN,
        CdlGravestoneDoji.PATTERN,
        CdlHammer.PATTERN,
        CdlHangingMan.PATTERN,
        CdlHighWave.PATTERN,
        CdlInvertedHammer.PATTERN,
        CdlLongLeggedDoji.PATTERN,
        CdlLongLine.PATTERN,
        CdlMarubozu.PATTERN,
        CdlRickshawMan.PATTERN,
        CdlShootingStar.PATTERN,
        CdlShortLine.PATTERN,
        CdlSpinningTop.PATTERN,
        CdlTakuri.PATTERN);

    private SingleCandlePatterns()
    {
    }
}
