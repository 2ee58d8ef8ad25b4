package io.tradingcore.pattern;

import io.tradingcore.feature.FeatureCatalog;
import io.tradingcore.feature.FeatureSpec;
import io.tradingcore.pattern.candle.Candlesticks;

import java.util.ArrayList;
import java.util.List;

/**
 * The expression catalog of rule patterns: every catalog feature plus every TA-Lib candlestick by its function
 * name ({@code CDLENGULFING}, any case), whose value on a bar is the candlestick's signal (0, ±100, ±200).
 */
public final class PatternCatalog
{
    private static final FeatureCatalog RULES;

    static
    {
        final List<FeatureSpec> specs = new ArrayList<>(FeatureCatalog.standard().specs());
        specs.addAll(Candlesticks.specs());
        RULES = new FeatureCatalog(specs);
    }

    private PatternCatalog()
    {
    }

    /** @return features and candlesticks, for compiling rules (and feature sets that use candlesticks). */
    public static FeatureCatalog rules()
    {
        return RULES;
    }
}
