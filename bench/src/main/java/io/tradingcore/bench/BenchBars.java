package io.tradingcore.bench;

import io.tradingcore.market.BarAggregator;
import io.tradingcore.market.Timeframe;

/**
 * {@value #COUNT} one-minute bars from real data, for the feature benchmarks: the 100,000 bundled Bitstamp
 * trades ({@link BitstampTrades}) aggregated to M1 bars by {@link BarAggregator}, then tiled end to end until
 * there are {@value #COUNT} bars (the last copy cut short). Copy {@code k > 0} is copy 0 with every price
 * (open, high, low, close) multiplied by {@code lastClose(k - 1) / open(0)}, so its first open equals the
 * previous copy's last close: real bar shapes, continuous prices. Volumes are copied unchanged; bar times are
 * shifted so that each copy opens one minute after the previous copy's last bar, keeping times strictly
 * increasing. Because the sample rises by about 25 % from its first open to its last close, the rescaling
 * compounds: prices drift up by that factor per copy (roughly 800 to 4e13 over the whole series), which
 * changes no indicator's work per bar.
 *
 * <p>Immutable after {@link #build}; any thread may read it.
 */
final class BenchBars
{
    /** Bars in the series: 2^20, so a benchmark can wrap an index with {@link #MASK}. */
    static final int COUNT = 1 << 20;
    /** {@code index & MASK} wraps an index into the series. */
    static final int MASK = COUNT - 1;

    private static final long MINUTE_NANOS = Timeframe.M1.nanos();

    final long[] time = new long[COUNT];
    final double[] open = new double[COUNT];
    final double[] high = new double[COUNT];
    final double[] low = new double[COUNT];
    final double[] close = new double[COUNT];
    final double[] volume = new double[COUNT];
    /** M1 bars aggregated from the trades: the length of one copy. */
    final int barsPerCopy;

    private BenchBars(final Base base)
    {
        barsPerCopy = base.count;
        final long copyStep = base.time[base.count - 1] - base.time[0] + MINUTE_NANOS;
        int next = 0;
        for (int copy = 0; next < COUNT; copy++)
        {
            final double scale = copy == 0 ? 1.0 : close[next - 1] / base.open[0];
            final long shift = copy * copyStep;
            final int length = Math.min(base.count, COUNT - next);
            for (int i = 0; i < length; i++)
            {
                time[next + i] = base.time[i] + shift;
                open[next + i] = base.open[i] * scale;
                high[next + i] = base.high[i] * scale;
                low[next + i] = base.low[i] * scale;
                close[next + i] = base.close[i] * scale;
                volume[next + i] = base.volume[i];
            }
            next += length;
        }
    }

    /** @return the series built from the bundled trades (about a second: import, aggregation, tiling). */
    static BenchBars build()
    {
        final BitstampTrades trades = BitstampTrades.load();
        final Base base = new Base(BitstampTrades.COUNT);
        final BarAggregator aggregator = new BarAggregator(new Timeframe[] {Timeframe.M1}, base::add);
        for (int i = 0; i < BitstampTrades.COUNT; i++)
        {
            aggregator.onTrade(0, trades.times[i], trades.prices[i], trades.amounts[i]);
        }
        aggregator.flush();
        if (base.count < 2)
        {
            throw new IllegalStateException("the trades gave " + base.count + " M1 bars");
        }
        return new BenchBars(base);
    }

    /** The M1 bars of the trades, one copy; at most one bar per trade. */
    private static final class Base
    {
        final long[] time;
        final double[] open;
        final double[] high;
        final double[] low;
        final double[] close;
        final double[] volume;
        int count;

        Base(final int capacity)
        {
            time = new long[capacity];
            open = new double[capacity];
            high = new double[capacity];
            low = new double[capacity];
            close = new double[capacity];
            volume = new double[capacity];
        }

        void add(
            final int symbolId,
            final Timeframe tf,
            final long openTimeNanos,
            final double o,
            final double h,
            final double l,
            final double c,
            final double v,
            final int tickCount)
        {
            time[count] = openTimeNanos;
            open[count] = o;
            high[count] = h;
            low[count] = l;
            close[count] = c;
            volume[count] = v;
            count++;
        }
    }
}
