package io.tradingcore.pattern.chart;

/**
 * The kind of a confirmed zig-zag swing pivot: a swing {@link #HIGH} (priced at the bar's high) or a swing
 * {@link #LOW} (priced at the bar's low). Confirmed pivots of a {@link ZigZag} always alternate between the two.
 */
public enum PivotKind
{
    /** A swing high: the highest high between two swing lows. */
    HIGH,
    /** A swing low: the lowest low between two swing highs. */
    LOW;

    /** @return the other kind. */
    public PivotKind opposite()
    {
        return this == HIGH ? LOW : HIGH;
    }
}
