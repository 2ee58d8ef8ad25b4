package io.tradingcore.pattern.chart;

/**
 * Recognition of a support or resistance level on a newly confirmed pivot. For resistance, walking back from the
 * newest HIGH pivot through the older HIGH pivots held (not before {@code minStartBar}): a high within
 * {@code tol} of the newest is a touch, a high more than {@code tol} above it ends the walk (the level was exceeded
 * then), a lower high is passed over. With at least two touches the level is the highest touch; the range floor is
 * the lowest LOW pivot between the oldest touch and the newest. Support mirrored. Allocation-free; stateless.
 */
final class LevelRules
{
    private LevelRules()
    {
    }

    /**
     * Resistance ({@code resistance}) or support (mirrored): fires on a close beyond the level by more than
     * {@code tol}; voided by a close beyond the opposite side of the range by more than {@code tol}.
     */
    static boolean level(final ZigZag zigZag, final Formation formation, final double unit, final double tol,
        final long minStartBar, final boolean resistance)
    {
        if (zigZag.pivotCount() < 3 || zigZag.isHigh(0) != resistance)
        {
            return false;
        }
        final double s = resistance ? 1 : -1;
        final double newest = s * zigZag.pivotPrice(0);
        double highest = newest;
        double lowest = newest;
        int touches = 1;
        int oldest = 0;
        for (int age = 2; age < zigZag.pivotCount() && zigZag.pivotBar(age) >= minStartBar; age += 2)
        {
            final double price = s * zigZag.pivotPrice(age);
            if (price > newest + tol)
            {
                break;
            }
            if (Math.abs(price - newest) <= tol)
            {
                touches++;
                oldest = age;
                highest = Math.max(highest, price);
                lowest = Math.min(lowest, price);
            }
        }
        if (touches < 2)
        {
            return false;
        }
        double floor = Double.POSITIVE_INFINITY;
        for (int age = 1; age < oldest; age += 2)
        {
            floor = Math.min(floor, s * zigZag.pivotPrice(age));
        }
        formation.start(zigZag, oldest, oldest + 1, unit);
        formation.margin = tol;
        final long bar = zigZag.pivotBar(0);
        if (resistance)
        {
            formation.upperFlat(bar, highest);
            formation.lowerFlat(bar, floor);
            formation.fireUp = true;
        }
        else
        {
            formation.lowerFlat(bar, -highest);
            formation.upperFlat(bar, -floor);
            formation.fireDown = true;
        }
        formation.component((touches - 1) / 3.0);
        formation.component(1 - (highest - lowest) / (2 * tol));
        return true;
    }
}
