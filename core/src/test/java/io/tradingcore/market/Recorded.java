package io.tradingcore.market;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Test doubles that record what they receive, and access to the sample data on the classpath.
 */
final class Recorded
{
    static final String BITSTAMP = "bitstamp_trades_from_20131125_usd.csv";
    static final String AAPL = "appleinc_bars_from_20130101_usd.csv";

    private Recorded()
    {
    }

    record Bar(int symbolId, Timeframe tf, long openTime, double open, double high, double low, double close,
        double volume, int tickCount)
    {
    }

    record Tick(long row, long time, double bid, double ask, double last, double volume)
    {
    }

    record RowBar(long row, long openTime, double open, double high, double low, double close, double volume)
    {
    }

    /** Records closed bars. */
    static final class Bars implements BarSink
    {
        final List<Bar> bars = new ArrayList<>();

        @Override
        public void onBar(
            final int symbolId,
            final Timeframe tf,
            final long openTimeNanos,
            final double open,
            final double high,
            final double low,
            final double close,
            final double volume,
            final int tickCount)
        {
            bars.add(new Bar(symbolId, tf, openTimeNanos, open, high, low, close, volume, tickCount));
        }

        List<Bar> of(final Timeframe tf)
        {
            return bars.stream().filter(bar -> bar.tf() == tf).toList();
        }
    }

    /** Records imported rows. */
    static final class Rows implements MarketDataSink
    {
        final List<Tick> ticks = new ArrayList<>();
        final List<RowBar> bars = new ArrayList<>();

        @Override
        public void onTick(
            final long sourceRow,
            final long timeNanos,
            final double bid,
            final double ask,
            final double last,
            final double volume)
        {
            ticks.add(new Tick(sourceRow, timeNanos, bid, ask, last, volume));
        }

        @Override
        public void onBar(
            final long sourceRow,
            final long openTimeNanos,
            final double open,
            final double high,
            final double low,
            final double close,
            final double volume)
        {
            bars.add(new RowBar(sourceRow, openTimeNanos, open, high, low, close, volume));
        }
    }

    /** Feeds imported trades into an aggregator as symbol 0. */
    record TradesInto(BarAggregator aggregator) implements MarketDataSink
    {
        @Override
        public void onTick(
            final long sourceRow,
            final long timeNanos,
            final double bid,
            final double ask,
            final double last,
            final double volume)
        {
            aggregator.onTrade(0, timeNanos, last, volume);
        }

        @Override
        public void onBar(
            final long sourceRow,
            final long openTimeNanos,
            final double open,
            final double high,
            final double low,
            final double close,
            final double volume)
        {
            throw new AssertionError("a trade tape has no bars");
        }
    }

    /**
     * @return the path of a file unpacked under /sample-data/ on the classpath.
     */
    static Path sampleData(final String name)
    {
        final URL url = Recorded.class.getResource("/sample-data/" + name);
        if (url == null)
        {
            throw new UncheckedIOException(new IOException(
                "/sample-data/" + name + " is not on the classpath; run mvn -pl core generate-resources"));
        }
        try
        {
            return Path.of(url.toURI());
        }
        catch (final URISyntaxException ex)
        {
            throw new IllegalStateException(ex);
        }
    }

    static long nanos(final String isoInstant)
    {
        final Instant instant = Instant.parse(isoInstant);
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
