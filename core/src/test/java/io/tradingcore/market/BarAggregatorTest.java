package io.tradingcore.market;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.List;

import io.tradingcore.market.Recorded.Bar;
import org.junit.jupiter.api.Test;

import static io.tradingcore.market.Recorded.nanos;
import static io.tradingcore.market.Timeframe.H1;
import static io.tradingcore.market.Timeframe.M1;
import static io.tradingcore.market.Timeframe.M5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class BarAggregatorTest
{
    private final Recorded.Bars sink = new Recorded.Bars();

    @Test
    void buildsOneBarFromTheTicksOfOnePeriod()
    {
        final BarAggregator aggregator = new BarAggregator(new Timeframe[] {M1}, sink);
        aggregator.onTrade(0, nanos("2024-01-02T10:00:05Z"), 100.0, 1.0);
        aggregator.onTrade(0, nanos("2024-01-02T10:00:20Z"), 103.0, 2.0);
        aggregator.onTrade(0, nanos("2024-01-02T10:00:40Z"), 99.0, 0.5);
        aggregator.onTrade(0, nanos("2024-01-02T10:00:59.999999999Z"), 101.0, 0.25);
        assertThat(sink.bars).isEmpty();

        aggregator.flush();

        assertThat(sink.bars).containsExactly(
            new Bar(0, M1, nanos("2024-01-02T10:00:00Z"), 100.0, 103.0, 99.0, 101.0, 3.75, 4));
    }

    @Test
    void emitsBarWhenTheFirstTickOfALaterPeriodArrives()
    {
        final BarAggregator aggregator = new BarAggregator(new Timeframe[] {M1}, sink);
        aggregator.onTrade(0, nanos("2024-01-02T10:00:30Z"), 100.0, 1.0);
        aggregator.onTrade(0, nanos("2024-01-02T10:01:00Z"), 105.0, 2.0);

        assertThat(sink.bars).containsExactly(
            new Bar(0, M1, nanos("2024-01-02T10:00:00Z"), 100.0, 100.0, 100.0, 100.0, 1.0, 1));
    }

    @Test
    void periodsWithoutTicksProduceNoBar()
    {
        final BarAggregator aggregator = new BarAggregator(new Timeframe[] {M1}, sink);
        aggregator.onTrade(0, nanos("2024-01-02T10:00:30Z"), 100.0, 1.0);
        aggregator.onTrade(0, nanos("2024-01-02T10:03:10Z"), 101.0, 1.0);
        aggregator.flush();

        assertThat(sink.bars).extracting(Bar::openTime)
            .containsExactly(nanos("2024-01-02T10:00:00Z"), nanos("2024-01-02T10:03:00Z"));
    }

    @Test
    void timerClosesBarsWhosePeriodHasEnded()
    {
        final BarAggregator aggregator = new BarAggregator(new Timeframe[] {M1, M5}, sink);
        aggregator.onTrade(0, nanos("2024-01-02T10:00:30Z"), 100.0, 1.0);

        aggregator.onTimer(nanos("2024-01-02T10:00:59.999999999Z"));
        assertThat(sink.bars).isEmpty();

        aggregator.onTimer(nanos("2024-01-02T10:01:00Z"));
        assertThat(sink.bars).extracting(Bar::tf).containsExactly(M1);

        aggregator.onTimer(nanos("2024-01-02T10:05:00Z"));
        aggregator.onTimer(nanos("2024-01-02T10:06:00Z"));
        aggregator.flush();
        assertThat(sink.bars).extracting(Bar::tf).containsExactly(M1, M5);
    }

    @Test
    void flushEmitsEveryOpenBarBySymbolThenTimeframe()
    {
        final BarAggregator aggregator = new BarAggregator(new Timeframe[] {M1, H1}, sink);
        aggregator.onTrade(3, nanos("2024-01-02T10:00:30Z"), 100.0, 1.0);
        aggregator.onTrade(1, nanos("2024-01-02T10:00:31Z"), 50.0, 1.0);

        aggregator.flush();
        aggregator.flush();

        assertThat(sink.bars).extracting(Bar::symbolId, Bar::tf).containsExactly(
            tuple(1, M1), tuple(1, H1),
            tuple(3, M1), tuple(3, H1));
    }

    @Test
    void foldsOutOfOrderTickIntoTheOpenBarWithoutMovingItsTime()
    {
        final BarAggregator aggregator = new BarAggregator(new Timeframe[] {M1, M5}, sink);
        aggregator.onTrade(0, nanos("2024-01-02T10:00:50Z"), 100.0, 1.0);
        aggregator.onTrade(0, nanos("2024-01-02T10:01:10Z"), 102.0, 1.0);
        aggregator.onTrade(0, nanos("2024-01-02T10:00:55Z"), 90.0, 2.0);
        aggregator.flush();

        assertThat(aggregator.outOfOrderTicks()).isEqualTo(1);
        assertThat(sink.of(M1)).containsExactly(
            new Bar(0, M1, nanos("2024-01-02T10:00:00Z"), 100.0, 100.0, 100.0, 100.0, 1.0, 1),
            new Bar(0, M1, nanos("2024-01-02T10:01:00Z"), 102.0, 102.0, 90.0, 90.0, 3.0, 2));
        assertThat(sink.of(M5)).containsExactly(
            new Bar(0, M5, nanos("2024-01-02T10:00:00Z"), 100.0, 102.0, 90.0, 90.0, 4.0, 3));
    }

    @Test
    void lateTickAfterTimerCloseOpensThePeriodAfterTheEmittedBar()
    {
        final BarAggregator aggregator = new BarAggregator(new Timeframe[] {M1}, sink);
        aggregator.onTrade(0, nanos("2024-01-02T10:00:30Z"), 100.0, 1.0);
        aggregator.onTimer(nanos("2024-01-02T10:01:00Z"));
        aggregator.onTrade(0, nanos("2024-01-02T10:00:40Z"), 99.0, 1.0);
        aggregator.flush();

        assertThat(aggregator.outOfOrderTicks()).isEqualTo(1);
        assertThat(sink.bars).extracting(Bar::openTime)
            .containsExactly(nanos("2024-01-02T10:00:00Z"), nanos("2024-01-02T10:01:00Z"));
    }

    @Test
    void oneTickClosingSeveralTimeframesEmitsThemInConstructorOrder()
    {
        final BarAggregator aggregator = new BarAggregator(new Timeframe[] {M1, M5, H1}, sink);
        aggregator.onTrade(0, nanos("2024-01-02T10:59:30Z"), 100.0, 1.0);
        aggregator.onTrade(0, nanos("2024-01-02T11:00:10Z"), 101.0, 1.0);

        assertThat(sink.bars).extracting(Bar::tf).containsExactly(M1, M5, H1);
        assertThat(sink.bars).extracting(Bar::openTime).containsExactly(
            nanos("2024-01-02T10:59:00Z"), nanos("2024-01-02T10:55:00Z"), nanos("2024-01-02T10:00:00Z"));
    }

    @Test
    void keepsInterleavedSymbolsApartAndGrowsForNewIds()
    {
        final BarAggregator aggregator = new BarAggregator(new Timeframe[] {M1}, sink);
        final int[] symbols = {0, 40, 7, 1000};
        for (int minute = 0; minute < 3; minute++)
        {
            for (final int symbol : symbols)
            {
                final long t = nanos("2024-01-02T10:00:00Z") + minute * M1.nanos() + symbol * 1_000_000L;
                aggregator.onTrade(symbol, t, symbol + minute + 1.0, symbol);
            }
        }
        aggregator.flush();

        for (final int symbol : symbols)
        {
            assertThat(sink.bars.stream().filter(bar -> bar.symbolId() == symbol).toList())
                .extracting(Bar::close, Bar::volume, Bar::tickCount)
                .containsExactly(
                    tuple(symbol + 1.0, (double)symbol, 1),
                    tuple(symbol + 2.0, (double)symbol, 1),
                    tuple(symbol + 3.0, (double)symbol, 1));
        }
    }

    @Test
    void snapshotInTheMiddleGivesTheSameBarsAsAnUninterruptedRun() throws IOException
    {
        final Timeframe[] timeframes = Timeframe.values();
        final long start = nanos("2024-01-02T23:58:00Z");
        final Recorded.Bars whole = new Recorded.Bars();
        final BarAggregator uninterrupted = new BarAggregator(timeframes, whole);
        final BarAggregator first = new BarAggregator(timeframes, sink);
        final int ticks = 500;
        for (int i = 0; i < ticks; i++)
        {
            final long t = start + i * 1_700_000_000L - (i % 13 == 0 ? 90_000_000_000L : 0);
            uninterrupted.onTrade(i % 3 * 5, t, 100.0 + i % 17 * 0.25, 0.1 * i);
            if (i < ticks / 2)
            {
                first.onTrade(i % 3 * 5, t, 100.0 + i % 17 * 0.25, 0.1 * i);
            }
        }
        uninterrupted.flush();

        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        first.writeSnapshot(new DataOutputStream(bytes));
        final BarAggregator second = new BarAggregator(timeframes, sink);
        second.readSnapshot(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        for (int i = ticks / 2; i < ticks; i++)
        {
            final long t = start + i * 1_700_000_000L - (i % 13 == 0 ? 90_000_000_000L : 0);
            second.onTrade(i % 3 * 5, t, 100.0 + i % 17 * 0.25, 0.1 * i);
        }
        second.flush();

        assertThat(whole.bars).hasSizeGreaterThan(50);
        assertThat(sink.bars).isEqualTo(whole.bars);
        assertThat(second.outOfOrderTicks()).isEqualTo(uninterrupted.outOfOrderTicks()).isPositive();
    }

    @Test
    void refusesSnapshotTakenWithOtherTimeframes() throws IOException
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new BarAggregator(new Timeframe[] {M1, M5}, sink).writeSnapshot(new DataOutputStream(bytes));
        final BarAggregator other = new BarAggregator(new Timeframe[] {M5, M1}, sink);

        assertThatThrownBy(() -> other.readSnapshot(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))))
            .isInstanceOf(IOException.class)
            .hasMessageContaining("timeframes");
    }

    @Test
    void rejectsBadConfigurationAndSymbolIds()
    {
        assertThatThrownBy(() -> new BarAggregator(new Timeframe[0], sink))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BarAggregator(new Timeframe[] {M1, M5, M1}, sink))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("duplicate timeframe M1");
        final BarAggregator aggregator = new BarAggregator(new Timeframe[] {M1}, sink);
        assertThatThrownBy(() -> aggregator.onTrade(-1, 0, 1.0, 1.0))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void doesNotAllocatePerTick()
    {
        final long[] closed = new long[1];
        final BarAggregator aggregator = new BarAggregator(Timeframe.values(),
            (symbolId, tf, openTime, open, high, low, close, volume, tickCount) -> closed[0]++);
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long start = nanos("2024-01-02T00:00:00Z");
        feed(aggregator, start, 200_000);

        final long before = threads.getCurrentThreadAllocatedBytes();
        feed(aggregator, start + 200_000 * 997_000_000L, 1_000_000);
        final long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(closed[0]).isPositive();
        assertThat(allocated).isLessThan(1024);
    }

    @Test
    void snapshotOfAFreshAggregatorRestoresNothing() throws IOException
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new BarAggregator(new Timeframe[] {M1}, sink).writeSnapshot(new DataOutputStream(bytes));
        final BarAggregator restored = new BarAggregator(new Timeframe[] {M1}, sink);
        restored.onTrade(2, 0, 1.0, 1.0);
        restored.readSnapshot(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        restored.flush();

        assertThat(sink.bars).isEqualTo(List.of());
    }

    private static void feed(final BarAggregator aggregator, final long start, final int ticks)
    {
        for (int i = 0; i < ticks; i++)
        {
            aggregator.onTrade(i & 7, start + i * 997_000_000L, 100.0 + (i & 15), 1.0);
        }
    }
}
