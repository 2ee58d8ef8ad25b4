package io.tradingcore.market;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.tradingcore.market.Recorded.Bar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Bars from the importer and the aggregator, checked against a plain group-by over the raw rows of the real
 * Bitstamp BTC/USD trades (100,000 trades, 2013-11-25 .. 2013-12-01).
 */
class BarAggregatorBitstampTest
{
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final Map<Timeframe, Long> PERIOD_SECONDS = new EnumMap<>(Map.of(
        Timeframe.M1, 60L, Timeframe.M5, 300L, Timeframe.M15, 900L, Timeframe.M30, 1800L,
        Timeframe.H1, 3600L, Timeframe.H4, 14_400L, Timeframe.D1, 86_400L));

    private static List<double[]> trades;

    @BeforeAll
    static void readRawRows() throws IOException
    {
        trades = new ArrayList<>();
        final List<String> lines = Files.readAllLines(Recorded.sampleData(Recorded.BITSTAMP));
        for (final String line : lines.subList(1, lines.size()))
        {
            final String[] fields = line.trim().split(",");
            trades.add(new double[] {Long.parseLong(fields[0]), Double.parseDouble(fields[1]),
                Double.parseDouble(fields[2])});
        }
    }

    @Test
    void barsOfEveryTimeframeMatchAGroupByOverTheRawRows()
    {
        final Recorded.Bars bars = new Recorded.Bars();
        final BarAggregator aggregator = new BarAggregator(Timeframe.values(), bars);
        final ImportReport report = MarketDataImporter.read(Recorded.sampleData(Recorded.BITSTAMP),
            ImportFormat.TRADES, OnError.ABORT, new Recorded.TradesInto(aggregator));
        aggregator.flush();

        assertThat(report.rows()).isEqualTo(100_000).isEqualTo(trades.size());
        assertThat(aggregator.outOfOrderTicks()).isZero();
        for (final Timeframe tf : Timeframe.values())
        {
            assertSameBars(tf, bars.of(tf), expectedBars(tf));
        }
        assertThat(bars.of(Timeframe.D1)).hasSize(7);
    }

    @Test
    void snapshotInTheMiddleOfTheTapeGivesTheSameBarsAsAnUninterruptedRun() throws IOException
    {
        final Recorded.Bars whole = new Recorded.Bars();
        final BarAggregator uninterrupted = new BarAggregator(Timeframe.values(), whole);
        trades.forEach(trade -> onTrade(uninterrupted, trade));
        uninterrupted.flush();

        final Recorded.Bars resumed = new Recorded.Bars();
        final BarAggregator before = new BarAggregator(Timeframe.values(), resumed);
        final int middle = 54_321;
        trades.subList(0, middle).forEach(trade -> onTrade(before, trade));
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        before.writeSnapshot(new DataOutputStream(bytes));
        final BarAggregator after = new BarAggregator(Timeframe.values(), resumed);
        after.readSnapshot(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        trades.subList(middle, trades.size()).forEach(trade -> onTrade(after, trade));
        after.flush();

        assertThat(resumed.bars).isEqualTo(whole.bars);
    }

    private static void onTrade(final BarAggregator aggregator, final double[] trade)
    {
        aggregator.onTrade(0, (long)trade[0] * NANOS_PER_SECOND, trade[1], trade[2]);
    }

    private static TreeMap<Long, Expected> expectedBars(final Timeframe tf)
    {
        final long seconds = PERIOD_SECONDS.get(tf);
        final TreeMap<Long, Expected> byOpenTime = new TreeMap<>();
        for (final double[] trade : trades)
        {
            final long time = (long)trade[0];
            final long openSeconds = time - Math.floorMod(time, seconds);
            byOpenTime.computeIfAbsent(openSeconds, key -> new Expected(trade[1])).add(trade[1], trade[2]);
        }
        return byOpenTime;
    }

    private static void assertSameBars(
        final Timeframe tf, final List<Bar> actual, final TreeMap<Long, Expected> expected)
    {
        assertThat(actual).as("%s bar count", tf).hasSize(expected.size());
        int i = 0;
        for (final Map.Entry<Long, Expected> entry : expected.entrySet())
        {
            final Bar bar = actual.get(i++);
            final Expected want = entry.getValue();
            assertThat(bar.openTime()).as("%s open time of bar %d", tf, i).isEqualTo(entry.getKey() * NANOS_PER_SECOND);
            assertThat(bar.open()).as("%s open %s", tf, bar).isEqualTo(want.open);
            assertThat(bar.high()).as("%s high %s", tf, bar).isEqualTo(want.high);
            assertThat(bar.low()).as("%s low %s", tf, bar).isEqualTo(want.low);
            assertThat(bar.close()).as("%s close %s", tf, bar).isEqualTo(want.close);
            assertThat(bar.tickCount()).as("%s ticks %s", tf, bar).isEqualTo(want.count);
            assertThat(bar.volume()).as("%s volume %s", tf, bar).isCloseTo(want.volume, within(want.volume * 1e-9));
        }
    }

    private static final class Expected
    {
        final double open;
        double high = Double.NEGATIVE_INFINITY;
        double low = Double.POSITIVE_INFINITY;
        double close;
        double volume;
        int count;

        Expected(final double open)
        {
            this.open = open;
        }

        Expected add(final double price, final double amount)
        {
            high = Math.max(high, price);
            low = Math.min(low, price);
            close = price;
            volume += amount;
            count++;
            return this;
        }
    }
}
