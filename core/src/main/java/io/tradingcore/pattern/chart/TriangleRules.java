package io.tradingcore.pattern.chart;

/**
 * Recognition of triangles on the latest {@code pivots} alternating pivots (so at least two highs and two lows).
 * A side is <em>flat</em> when {@code max - min <= tol} of its pivots, <em>rising</em> when every pivot is strictly
 * above the previous one and {@code last - first > tol}, <em>falling</em> mirrored. Ascending = flat highs + rising
 * lows; descending = flat lows + falling highs; symmetric = falling highs + rising lows (mutually exclusive). The
 * flat side is a horizontal line at its extreme (the highest high, the lowest low); a sloped side is the line
 * through its first and last pivots. Reuses two preallocated side summaries; not thread-safe.
 */
final class TriangleRules
{
    private final int pivots;
    private final Side highs = new Side();
    private final Side lows = new Side();

    TriangleRules(final int pivots)
    {
        this.pivots = pivots;
    }

    /** Summarises the latest pivots; false when there are too few or they start before {@code minStartBar}. */
    private boolean summarise(final ZigZag zigZag, final long minStartBar)
    {
        if (zigZag.pivotCount() < pivots || zigZag.pivotBar(pivots - 1) < minStartBar)
        {
            return false;
        }
        highs.clear();
        lows.clear();
        for (int age = pivots - 1; age >= 0; age--)
        {
            (zigZag.isHigh(age) ? highs : lows).add(zigZag.pivotBar(age), zigZag.pivotPrice(age));
        }
        return true;
    }

    /** Ascending triangle ({@code ascending}) or descending triangle (mirrored). */
    boolean rightAngled(final ZigZag zigZag, final Formation formation, final double unit, final double tol,
        final long minStartBar, final boolean ascending)
    {
        if (!summarise(zigZag, minStartBar))
        {
            return false;
        }
        final Side flat = ascending ? highs : lows;
        final Side sloped = ascending ? lows : highs;
        final double spread = flat.max - flat.min;
        if (!(spread <= tol) || !(ascending ? sloped.rising(tol) : sloped.falling(tol)))
        {
            return false;
        }
        formation.start(zigZag, pivots - 1, pivots, unit);
        if (ascending)
        {
            formation.upperFlat(flat.lastBar, flat.max);
            formation.lowerThrough(sloped.firstBar, sloped.first, sloped.lastBar, sloped.last);
            formation.fireUp = true;
        }
        else
        {
            formation.lowerFlat(flat.lastBar, flat.min);
            formation.upperThrough(sloped.firstBar, sloped.first, sloped.lastBar, sloped.last);
            formation.fireDown = true;
        }
        formation.component(1 - spread / tol);
        formation.component(convergence(formation));
        return true;
    }

    /** Symmetric triangle: falling highs and rising lows; fires either way. */
    boolean symmetric(final ZigZag zigZag, final Formation formation, final double unit, final double tol,
        final long minStartBar)
    {
        if (!summarise(zigZag, minStartBar) || !highs.falling(tol) || !lows.rising(tol))
        {
            return false;
        }
        formation.start(zigZag, pivots - 1, pivots, unit);
        formation.upperThrough(highs.firstBar, highs.first, highs.lastBar, highs.last);
        formation.lowerThrough(lows.firstBar, lows.first, lows.lastBar, lows.last);
        formation.fireUp = true;
        formation.fireDown = true;
        formation.component(convergence(formation));
        final double up = Math.abs(formation.upperSlope);
        final double down = Math.abs(formation.lowerSlope);
        formation.component(Math.min(up, down) / Math.max(up, down));
        return true;
    }

    /** @return {@code 1 - width at the last pivot / width at the first pivot}. */
    private static double convergence(final Formation formation)
    {
        final long first = formation.firstBar();
        final long last = formation.lastBar();
        final double start = formation.upperAt(first) - formation.lowerAt(first);
        final double end = formation.upperAt(last) - formation.lowerAt(last);
        return 1 - end / start;
    }

    /** The pivots of one side of a triangle, in time order. */
    private static final class Side
    {
        private int count;
        private double first;
        private double last;
        private long firstBar;
        private long lastBar;
        private double min;
        private double max;
        private boolean up;
        private boolean down;

        void clear()
        {
            count = 0;
            up = true;
            down = true;
        }

        void add(final long bar, final double price)
        {
            if (count == 0)
            {
                first = price;
                firstBar = bar;
                min = price;
                max = price;
            }
            else
            {
                up &= price > last;
                down &= price < last;
                min = Math.min(min, price);
                max = Math.max(max, price);
            }
            last = price;
            lastBar = bar;
            count++;
        }

        boolean rising(final double tol)
        {
            return count >= 2 && up && last - first > tol;
        }

        boolean falling(final double tol)
        {
            return count >= 2 && down && first - last > tol;
        }
    }
}
