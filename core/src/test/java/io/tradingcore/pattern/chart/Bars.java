package io.tradingcore.pattern.chart;

import io.tradingcore.feature.Series;

import java.util.ArrayList;
import java.util.List;

/**
 * Constructed bar series for the chart pattern tests: a walk of closes through given turning points in equal
 * steps, each bar opening at the previous close with a small wick above and below, one minute apart; and the
 * matches a detector reports on a series, copied out of the flyweights.
 */
final class Bars
{
    static final long START = 1_700_000_000_000_000_000L;
    static final long MINUTE = 60_000_000_000L;
    static final double WICK = 0.05;

    private Bars()
    {
    }

    /** Closes walking from {@code start} through each target in steps of 1 (the last step of a leg may be shorter). */
    static Series walk(final double start, final double... targets)
    {
        return from(start).to(targets).series();
    }

    /** @return a walk of closes starting with one bar closing at {@code start}. */
    static Walk from(final double start)
    {
        return new Walk(start);
    }

    /** A walk of closes under construction. */
    static final class Walk
    {
        private final List<Double> closes = new ArrayList<>();
        private double step = 1.0;
        private double price;

        Walk(final double start)
        {
            closes.add(start);
            price = start;
        }

        /** Moves the next legs in steps of {@code size}. */
        Walk step(final double size)
        {
            step = size;
            return this;
        }

        /** Walks through each target in turn. */
        Walk to(final double... targets)
        {
            for (final double target : targets)
            {
                while (Math.abs(target - price) > 1e-9)
                {
                    final double move = Math.min(step, Math.abs(target - price));
                    price = target > price ? price + move : price - move;
                    price = Math.abs(price - target) < 1e-9 ? target : price;
                    closes.add(price);
                }
            }
            return this;
        }

        /** Adds {@code bars} bars closing where the last one did. */
        Walk hold(final int bars)
        {
            for (int i = 0; i < bars; i++)
            {
                closes.add(price);
            }
            return this;
        }

        /** @return the bars: open at the previous close, wick {@link #WICK} both ways, one minute apart. */
        Series series()
        {
            final int n = closes.size();
            final Series series = new Series("walk", new long[n], new double[n], new double[n], new double[n],
                new double[n], new double[n]);
            for (int i = 0; i < n; i++)
            {
                final double close = closes.get(i);
                final double open = i == 0 ? close : closes.get(i - 1);
                series.time()[i] = START + i * MINUTE;
                series.open()[i] = open;
                series.close()[i] = close;
                series.high()[i] = Math.max(open, close) + WICK;
                series.low()[i] = Math.min(open, close) - WICK;
                series.volume()[i] = 1;
            }
            return series;
        }
    }

    /** One reported match, copied. */
    record Hit(ChartPattern pattern, int direction, long bar, long time, double close, double confidence,
        double level, long[] pivotBars, long[] pivotTimes, double[] pivotPrices, PivotKind[] kinds)
    {
        static Hit of(final ChartMatch match)
        {
            final int n = match.pivotCount();
            final long[] bars = new long[n];
            final long[] times = new long[n];
            final double[] prices = new double[n];
            final PivotKind[] kinds = new PivotKind[n];
            for (int i = 0; i < n; i++)
            {
                bars[i] = match.pivotBar(i);
                times[i] = match.pivotTime(i);
                prices[i] = match.pivotPrice(i);
                kinds[i] = match.pivotKind(i);
            }
            return new Hit(match.pattern(), match.direction(), match.bar(), match.time(), match.close(),
                match.confidence(), match.level(), bars, times, prices, kinds);
        }

        @Override
        public String toString()
        {
            final StringBuilder text = new StringBuilder();
            text.append(pattern.id()).append(direction > 0 ? " +1" : " -1").append(" @").append(bar)
                .append(" t=").append(time).append(" close=").append(close).append(" level=").append(level)
                .append(" conf=").append(confidence).append(" pivots=");
            for (int i = 0; i < pivotBars.length; i++)
            {
                text.append(kinds[i] == PivotKind.HIGH ? 'H' : 'L').append(pivotBars[i]).append('@')
                    .append(pivotPrices[i]).append('t').append(pivotTimes[i]).append(' ');
            }
            return text.toString();
        }
    }

    /** @return every match reported while feeding the whole series to {@code detector}. */
    static List<Hit> run(final ChartPatterns detector, final Series series)
    {
        final List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < series.size(); i++)
        {
            final int count = detector.update(series.time()[i], series.open()[i], series.high()[i], series.low()[i],
                series.close()[i]);
            for (int k = 0; k < count; k++)
            {
                hits.add(Hit.of(detector.match(k)));
            }
        }
        return hits;
    }

    /** @return the hits of one pattern. */
    static List<Hit> of(final List<Hit> hits, final ChartPattern pattern)
    {
        return hits.stream().filter(hit -> hit.pattern() == pattern).toList();
    }
}
