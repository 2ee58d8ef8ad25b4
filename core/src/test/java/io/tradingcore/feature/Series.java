package io.tradingcore.feature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradingcore.market.BarAggregator;
import io.tradingcore.market.ImportFormat;
import io.tradingcore.market.MarketDataImporter;
import io.tradingcore.market.MarketDataSink;
import io.tradingcore.market.OnError;
import io.tradingcore.market.Timeframe;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A bar series as parallel arrays, and the test data sets: every real data set of ta4j-examples 0.18
 * (Bitstamp BTC/USD trades aggregated to M1 and M5, AAPL daily, ETH/USD 5-minute) and the edge cases
 * (constant prices, zero volume, price gaps, a single bar).
 */
public record Series(String name, long[] time, double[] open, double[] high, double[] low, double[] close,
    double[] volume)
{
    private static final String DATA = "/sample-data/";
    private static List<Series> real;

    public int size()
    {
        return close.length;
    }

    @Override
    public String toString()
    {
        return name + " (" + size() + " bars)";
    }

    /** @return the four real data sets, loaded once. */
    public static synchronized List<Series> real()
    {
        if (real == null)
        {
            final List<Series> bitstamp = bitstamp(Timeframe.M1, Timeframe.M5);
            real = List.of(bitstamp.get(0), bitstamp.get(1), aapl(), eth());
        }
        return real;
    }

    /** @return the real data sets followed by the edge cases. */
    public static List<Series> all()
    {
        final List<Series> all = new ArrayList<>(real());
        all.addAll(edgeCases());
        return all;
    }

    /** Constant prices, zero volume, price gaps and a single bar. */
    public static List<Series> edgeCases()
    {
        final Series aapl = aapl();
        final int n = 120;
        final long[] time = new long[n];
        final double[] flat = new double[n];
        final double[] volume = new double[n];
        for (int i = 0; i < n; i++)
        {
            time[i] = aapl.time[0] + i * 86_400_000_000_000L;
            flat[i] = 101.25;
            volume[i] = 1_000;
        }
        final Series constant = new Series("constant prices", time, flat, flat.clone(), flat.clone(), flat.clone(),
            volume);
        final Series zeroVolume = new Series("AAPL with zero volume", aapl.time, aapl.open, aapl.high, aapl.low,
            aapl.close, new double[aapl.size()]);
        return List.of(constant, zeroVolume, gaps(aapl), aapl.slice("single bar", 0, 1), aapl.slice("two bars", 0, 2));
    }

    /** AAPL with every 17th bar opening 12% away from the previous close and the level shifted from there on. */
    private static Series gaps(final Series source)
    {
        final int n = source.size();
        final double[][] ohlc = {source.open.clone(), source.high.clone(), source.low.clone(), source.close.clone()};
        double factor = 1;
        for (int i = 0; i < n; i++)
        {
            if (i > 0 && i % 17 == 0)
            {
                factor *= (i / 17) % 2 == 0 ? 1.12 : 0.88;
            }
            for (final double[] field : ohlc)
            {
                field[i] *= factor;
            }
        }
        return new Series("AAPL with price gaps", source.time, ohlc[0], ohlc[1], ohlc[2], ohlc[3], source.volume);
    }

    public Series slice(final String sliceName, final int from, final int to)
    {
        return new Series(sliceName, Arrays.copyOfRange(time, from, to), Arrays.copyOfRange(open, from, to),
            Arrays.copyOfRange(high, from, to), Arrays.copyOfRange(low, from, to), Arrays.copyOfRange(close, from, to),
            Arrays.copyOfRange(volume, from, to));
    }

    /** The 100,000 Bitstamp trades aggregated to each given timeframe. */
    public static List<Series> bitstamp(final Timeframe... timeframes)
    {
        final List<List<double[]>> bars = new ArrayList<>();
        for (int i = 0; i < timeframes.length; i++)
        {
            bars.add(new ArrayList<>());
        }
        final BarAggregator aggregator = new BarAggregator(timeframes,
            (symbolId, tf, openTime, o, h, l, c, v, ticks) ->
            {
                for (int i = 0; i < timeframes.length; i++)
                {
                    if (timeframes[i] == tf)
                    {
                        bars.get(i).add(new double[] {openTime, o, h, l, c, v});
                    }
                }
            });
        read("bitstamp_trades_from_20131125_usd.csv", ImportFormat.TRADES, new Sink()
        {
            @Override
            public void onTick(final long row, final long time, final double bid, final double ask,
                final double last, final double volume)
            {
                aggregator.onTrade(0, time, last, volume);
            }
        });
        aggregator.flush();
        final List<Series> series = new ArrayList<>();
        for (int i = 0; i < timeframes.length; i++)
        {
            series.add(of("Bitstamp BTC/USD " + timeframes[i], bars.get(i)));
        }
        return series;
    }

    /** 252 daily AAPL bars of 2013. */
    public static Series aapl()
    {
        final List<double[]> bars = new ArrayList<>();
        read("appleinc_bars_from_20130101_usd.csv", ImportFormat.OHLCV, new Sink()
        {
            @Override
            public void onBar(final long row, final long openTime, final double o, final double h, final double l,
                final double c, final double v)
            {
                bars.add(new double[] {openTime, o, h, l, c, v});
            }
        });
        return of("AAPL D1", bars);
    }

    /** ETH/USD 5-minute bars from Binance US, 2023-03-13 .. 2023-03-15. */
    public static Series eth()
    {
        final String name = "ETH-USD-PT5M-2023-3-13_2023-3-15.json";
        try (InputStream in = Objects.requireNonNull(Series.class.getResourceAsStream(DATA + name), name))
        {
            final List<double[]> bars = new ArrayList<>();
            for (final JsonNode bar : new ObjectMapper().readTree(in).get("ohlc"))
            {
                final long openMillis = bar.get("endTime").asLong() + 1 - 300_000;
                bars.add(new double[] {openMillis * 1_000_000L, bar.get("openPrice").asDouble(),
                    bar.get("highPrice").asDouble(), bar.get("lowPrice").asDouble(), bar.get("closePrice").asDouble(),
                    bar.get("volume").asDouble()});
            }
            return of("ETH/USD M5", bars);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    private static Series of(final String name, final List<double[]> bars)
    {
        final int n = bars.size();
        final Series series = new Series(name, new long[n], new double[n], new double[n], new double[n],
            new double[n], new double[n]);
        for (int i = 0; i < n; i++)
        {
            final double[] bar = bars.get(i);
            series.time[i] = (long)bar[0];
            series.open[i] = bar[1];
            series.high[i] = bar[2];
            series.low[i] = bar[3];
            series.close[i] = bar[4];
            series.volume[i] = bar[5];
        }
        return series;
    }

    private static void read(final String name, final ImportFormat format, final MarketDataSink sink)
    {
        try (Reader reader = new InputStreamReader(
            Objects.requireNonNull(Series.class.getResourceAsStream(DATA + name), name), StandardCharsets.UTF_8))
        {
            MarketDataImporter.read(name, reader, format, OnError.ABORT, sink);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    /** A sink that fails on what the test did not expect. */
    private abstract static class Sink implements MarketDataSink
    {
        @Override
        public void onTick(final long row, final long time, final double bid, final double ask, final double last,
            final double volume)
        {
            throw new AssertionError("unexpected tick at row " + row);
        }

        @Override
        public void onBar(final long row, final long openTime, final double o, final double h, final double l,
            final double c, final double v)
        {
            throw new AssertionError("unexpected bar at row " + row);
        }
    }
}
