package io.tradingcore.engine;

import io.tradingcore.market.ImportFormat;
import io.tradingcore.market.MarketDataImporter;
import io.tradingcore.market.MarketDataSink;
import io.tradingcore.market.OnError;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The first {@code count} real Bitstamp trades of the bundled sample, as arrays. */
public final class BitstampSample
{
    static final String RESOURCE = "/sample-data/bitstamp_trades_from_20131125_usd.csv";

    final long[] rows;
    final long[] times;
    final double[] prices;
    final double[] amounts;

    private BitstampSample(final int count)
    {
        rows = new long[count];
        times = new long[count];
        prices = new double[count];
        amounts = new double[count];
    }

    public static BitstampSample load(final int count)
    {
        final BitstampSample sample = new BitstampSample(count);
        final int[] n = new int[1];
        try (Reader reader = new InputStreamReader(
            Objects.requireNonNull(BitstampSample.class.getResourceAsStream(RESOURCE), RESOURCE),
            StandardCharsets.UTF_8))
        {
            MarketDataImporter.read("bitstamp.csv", reader, ImportFormat.TRADES, OnError.ABORT, new MarketDataSink()
            {
                @Override
                public void onTick(final long row, final long time, final double bid, final double ask,
                    final double last, final double volume)
                {
                    if (n[0] < count)
                    {
                        sample.rows[n[0]] = row;
                        sample.times[n[0]] = time;
                        sample.prices[n[0]] = last;
                        sample.amounts[n[0]] = volume;
                        n[0]++;
                    }
                }

                @Override
                public void onBar(final long row, final long open, final double o, final double h, final double l,
                    final double c, final double v)
                {
                    throw new AssertionError("trades expected");
                }
            });
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        if (n[0] != count)
        {
            throw new IllegalStateException("sample has only " + n[0] + " trades");
        }
        return sample;
    }

    public int size()
    {
        return times.length;
    }

    /** Publishes trades {@code from} (inclusive) to {@code to} (exclusive) as ticks of one symbol. */
    public void publish(final EventPublisher publisher, final int from, final int to)
    {
        final int symbol = publisher.symbol("BTCUSD", times[from]);
        for (int i = from; i < to; i++)
        {
            publisher.tick((short)1, rows[i], symbol, times[i], prices[i], prices[i], prices[i], amounts[i]);
        }
    }
}
