package io.tradingcore.pattern.candle;

import java.util.List;

/**
 * Star patterns: a small body gapping away between two larger ones (morning and evening stars, abandoned baby,
 * tristar).
 */
final class StarPatterns
{
    static final List<Candlestick> ALL = List.of(
        CdlAbandonedBaby.PATTERN,
        CdlEveningDojiStar.PATTERN,
        CdlEveningStar.PATTERN,
        CdlMorningDojiStar.PATTERN,
        CdlMorningStar.PATTERN,
        CdlTristar.PATTERN);

    private StarPatterns()
    {
    }
}
