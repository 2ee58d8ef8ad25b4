package io.tradingcore.pattern.candle;

import java.util.List;

/**
 * Two-candle patterns (engulfing, harami, piercing, necks, kicking, lines).
 */
final class TwoCandlePatterns
{
    static final List<Candlestick> ALL = List.of(
        CdlCounterAttack.PATTERN,
        CdlDarkCloudCover.PATTERN,
        CdlDojiStar.PATTERN,
        CdlEngulfing.PATTERN,
        CdlHarami.PATTERN,
        CdlHaramiCross.PATTERN,
        CdlHomingPigeon.PATTERN,
        CdlInNeck.PATTERN,
        CdlKicking.PATTERN,
        CdlKicking.BY_LENGTH,
        CdlMatchingLow.PATTERN,
        CdlOnNeck.PATTERN,
        CdlPiercing.PATTERN,
        CdlSeparatingLines.PATTERN,
        CdlThrusting.PATTERN);

    private TwoCandlePatterns()
    {
    }
}
