package io.tradingcore.pattern.chart;

/**
 * Recognition of the reversal formations on the newest confirmed pivots: double top/bottom and (inverse) head and
 * shoulders. Each method reads the zig-zag, and only when every condition holds overwrites {@code formation} and
 * returns true (it does not arm it). Prices of the bottom variants are mirrored ({@code s = -1}) so one rule
 * serves both. Allocation-free; stateless.
 */
final class ReversalRules
{
    private ReversalRules()
    {
    }

    /**
     * Double top ({@code top}) on pivots HIGH, LOW, HIGH (newest last): {@code |top1 - top2| <= tol}. Neckline: the
     * low, horizontal; void on a high above both tops. Double bottom mirrored.
     */
    static boolean doubleTop(final ZigZag zigZag, final Formation formation, final double unit, final double tol,
        final long minStartBar, final boolean top)
    {
        if (zigZag.pivotCount() < 3 || zigZag.isHigh(0) != top || zigZag.pivotBar(2) < minStartBar)
        {
            return false;
        }
        final double s = top ? 1 : -1;
        final double first = s * zigZag.pivotPrice(2);
        final double trough = s * zigZag.pivotPrice(1);
        final double second = s * zigZag.pivotPrice(0);
        final double difference = Math.abs(first - second);
        if (!(difference <= tol))
        {
            return false;
        }
        formation.start(zigZag, 2, 3, unit);
        final long troughBar = zigZag.pivotBar(1);
        if (top)
        {
            formation.lowerFlat(troughBar, zigZag.pivotPrice(1));
            formation.voidHigh = Math.max(zigZag.pivotPrice(2), zigZag.pivotPrice(0));
            formation.fireDown = true;
        }
        else
        {
            formation.upperFlat(troughBar, zigZag.pivotPrice(1));
            formation.voidLow = Math.min(zigZag.pivotPrice(2), zigZag.pivotPrice(0));
            formation.fireUp = true;
        }
        formation.component(1 - difference / tol);
        formation.component((Math.min(first, second) - trough) / (2 * unit));
        formation.component(symmetry(troughBar - zigZag.pivotBar(2), zigZag.pivotBar(0) - troughBar));
        return true;
    }

    /**
     * Head and shoulders ({@code top}) on pivots HIGH, LOW, HIGH, LOW, HIGH (left shoulder .. right shoulder):
     * {@code head - max(left, right) > tol}, {@code |left - right| <= tol}, and both shoulders above the neckline
     * through the two lows. Void on a high above the head. Inverse mirrored.
     */
    static boolean headAndShoulders(final ZigZag zigZag, final Formation formation, final double unit,
        final double tol, final long minStartBar, final boolean top)
    {
        if (zigZag.pivotCount() < 5 || zigZag.isHigh(0) != top || zigZag.pivotBar(4) < minStartBar)
        {
            return false;
        }
        final double s = top ? 1 : -1;
        final double left = s * zigZag.pivotPrice(4);
        final double head = s * zigZag.pivotPrice(2);
        final double right = s * zigZag.pivotPrice(0);
        final double shoulders = Math.max(left, right);
        final double difference = Math.abs(left - right);
        if (!(head - shoulders > tol && difference <= tol))
        {
            return false;
        }
        final long leftBar = zigZag.pivotBar(4);
        final long headBar = zigZag.pivotBar(2);
        final long rightBar = zigZag.pivotBar(0);
        final long trough1Bar = zigZag.pivotBar(3);
        final long trough2Bar = zigZag.pivotBar(1);
        final double trough1 = zigZag.pivotPrice(3);
        final double trough2 = zigZag.pivotPrice(1);
        final double slope = (trough2 - trough1) / (trough2Bar - trough1Bar);
        final double neckAtLeft = trough1 + slope * (leftBar - trough1Bar);
        final double neckAtRight = trough2 + slope * (rightBar - trough2Bar);
        if (!(left - s * neckAtLeft > 0 && right - s * neckAtRight > 0))
        {
            return false;
        }
        formation.start(zigZag, 4, 5, unit);
        if (top)
        {
            formation.lowerThrough(trough1Bar, trough1, trough2Bar, trough2);
            formation.voidHigh = zigZag.pivotPrice(2);
            formation.fireDown = true;
        }
        else
        {
            formation.upperThrough(trough1Bar, trough1, trough2Bar, trough2);
            formation.voidLow = zigZag.pivotPrice(2);
            formation.fireUp = true;
        }
        formation.component(1 - difference / tol);
        formation.component((head - shoulders) / unit);
        formation.component(symmetry(headBar - leftBar, rightBar - headBar));
        return true;
    }

    /** @return {@code min(a, b) / max(a, b)} of two positive bar spans. */
    static double symmetry(final long a, final long b)
    {
        return (double)Math.min(a, b) / Math.max(a, b);
    }
}
