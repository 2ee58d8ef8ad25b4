package io.tradingcore.bench;

import io.tradingcore.engine.EventPublisher;
import io.tradingcore.event.SourceIds;
import io.tradingcore.market.ImportFormat;
import io.tradingcore.market.ImportReport;
import io.tradingcore.market.MarketDataImporter;
import io.tradingcore.market.MarketDataSink;
import io.tradingcore.market.OnError;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The 100,000 real Bitstamp BTC/USD trades bundled with the core jar, read once through
 * {@link MarketDataImporter} into arrays. Immutable after {@link #load}; any thread may read it.
 */
final class BitstampTrades
{
    static final String RESOURCE = "/sample-data/bitstamp_trades_from_20131125_usd.csv";
    static final String SYMBOL = "BTCUSD";
    static final int COUNT = 100_000;

    final long[] rows = new long[COUNT];
    final long[] times = new long[COUNT];
    final double[] prices = new double[COUNT];
    final double[] amounts = new double[COUNT];

    private BitstampTrades()
    {
    }

    /** @return all {@value #COUNT} trades; fails if the sample has another number of rows. */
    static BitstampTrades load()
    {
        final BitstampTrades trades = new BitstampTrades();
        final ImportReport report;
        try (InputStream in = BitstampTrades.class.getResourceAsStream(RESOURCE))
        {
            if (in == null)
            {
                throw new IllegalStateException(RESOURCE + " is not on the classpath (it comes with the core jar)");
            }
            final Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            report = MarketDataImporter.read("bitstamp_trades_from_20131125_usd.csv", reader, ImportFormat.TRADES,
                OnError.ABORT, trades.new Sink());
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + RESOURCE, ex);
        }
        if (report.rows() != COUNT)
        {
            throw new IllegalStateException(RESOURCE + " has " + report.rows() + " trades, expected " + COUNT);
        }
        return trades;
    }

    /**
     * Publishes trade {@code index} as a tick (bid = ask = last = price) of symbol {@code symbolId}, with
     * its event time shifted by {@code timeOffsetNanos}.
     */
    void publish(final EventPublisher publisher, final int symbolId, final int index, final long timeOffsetNanos)
    {
        final double price = prices[index];
        publisher.tick(SourceIds.REPLAY_FEED, rows[index], symbolId, times[index] + timeOffsetNanos,
            price, price, price, amounts[index]);
    }

    /** @return event time span of the sample, first to last trade. */
    long spanNanos()
    {
        return times[COUNT - 1] - times[0];
    }

    private final class Sink implements MarketDataSink
    {
        private int next;

        @Override
        public void onTick(
            final long sourceRow, final long timeNanos, final double bid, final double ask, final double last,
            final double volume)
        {
            if (next < COUNT)
            {
                rows[next] = sourceRow;
                times[next] = timeNanos;
                prices[next] = last;
                amounts[next] = volume;
            }
            next++;
        }

        @Override
        public void onBar(
            final long sourceRow, final long openTimeNanos, final double open, final double high, final double low,
            final double close, final double volume)
        {
            throw new IllegalStateException(RESOURCE + " should hold trades, found a bar at line " + sourceRow);
        }
    }
}
