package io.tradingcore.event;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

class OutputCodecTest
{
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[1 << 16]);

    @Test
    void featureRowsRoundTripAfterTheBars()
    {
        qt().withExamples(300)
            .forAll(integers().between(0, 3), integers().between(0, 5), longs().all(), doubles().any())
            .checkAssert((bars, rows, seed, value) ->
            {
                final Event event = event(bars, rows, seed, value);
                final int length = OutputCodec.encode(event, buffer);
                assertThat(length).isEqualTo(OutputCodec.encodedLength(event));
                assertThat(OutputCodec.barCount(buffer)).isEqualTo(bars);
                final Bar bar = new Bar();
                for (int i = 0; i < bars; i++)
                {
                    OutputCodec.decodeBar(buffer, i, bar);
                    assertThat(bar.openTimeNanos).isEqualTo(event.closedBars.get(i).openTimeNanos);
                }
                final FeatureRows decoded = new FeatureRows();
                OutputCodec.decodeFeatureRows(buffer, decoded);
                assertSameRows(decoded, event.featureRows);
            });
    }

    @Test
    void patternMatchesRoundTripAfterTheFeatureRows()
    {
        qt().withExamples(300)
            .forAll(integers().between(0, 3), integers().between(0, 4), integers().between(0, 6), longs().all())
            .checkAssert((bars, rows, matchCount, seed) ->
            {
                final Event event = event(bars, rows, seed, 2.5);
                for (int i = 0; i < matchCount; i++)
                {
                    event.patternMatches.add((byte)(1 + i % 3), 60 - i, i, (byte)(i % 7), seed + i,
                        i % 2 == 0 ? 100 : -200, i / 10.0);
                }
                final int length = OutputCodec.encode(event, buffer);
                assertThat(length).isEqualTo(OutputCodec.encodedLength(event));
                final PatternMatches decoded = new PatternMatches();
                OutputCodec.decodePatternMatches(buffer, decoded);
                assertThat(decoded.size()).isEqualTo(matchCount);
                for (int i = 0; i < matchCount; i++)
                {
                    assertThat(decoded.kind(i)).isEqualTo(event.patternMatches.kind(i));
                    assertThat(decoded.patternId(i)).isEqualTo(60 - i);
                    assertThat(decoded.symbolId(i)).isEqualTo(i);
                    assertThat(decoded.timeframe(i)).isEqualTo((byte)(i % 7));
                    assertThat(decoded.openTimeNanos(i)).isEqualTo(seed + i);
                    assertThat(decoded.signal(i)).isEqualTo(i % 2 == 0 ? 100 : -200);
                    assertThat(decoded.confidence(i)).isEqualTo(i / 10.0);
                }
                final FeatureRows rowsBack = new FeatureRows();
                OutputCodec.decodeFeatureRows(buffer, rowsBack);
                assertSameRows(rowsBack, event.featureRows);
                assertThat(event.hasOutputs()).isEqualTo(bars + rows + matchCount > 0);
            });
    }

    @Test
    void theTradingSectionRoundTripsAfterThePatternMatchesInAVersion2Record()
    {
        qt().withExamples(300)
            .forAll(integers().between(0, 2), integers().between(0, 5), integers().between(0, 3), longs().all())
            .checkAssert((matchCount, signalCount, updateCount, seed) ->
            {
                final Event event = event(1, 1, seed, 1.5);
                for (int i = 0; i < matchCount; i++)
                {
                    event.patternMatches.add(PatternMatches.CANDLESTICK, i, 0, (byte)1, seed, 100, 0.5);
                }
                for (int i = 0; i < signalCount; i++)
                {
                    signal(event.signals.add(), i, seed);
                }
                final DecisionRecord decision = event.decisions.add();
                decision(decision, seed);
                for (int i = 0; i < updateCount; i++)
                {
                    update(event.orderUpdates.add(), i, seed);
                }
                final int length = OutputCodec.encode(event, buffer);
                assertThat(length).isEqualTo(OutputCodec.encodedLength(event));
                assertThat(buffer.getByte(OutputCodec.VERSION_OFFSET)).isEqualTo(OutputCodec.VERSION_TRADING);

                final Signal.List signals = new Signal.List();
                final DecisionRecord.List decisions = new DecisionRecord.List();
                final OrderUpdate.List updates = new OrderUpdate.List();
                OutputCodec.decodeTrading(buffer, signals, decisions, updates);
                assertThat(signals.size()).isEqualTo(signalCount);
                for (int i = 0; i < signalCount; i++)
                {
                    assertThat(signals.get(i)).usingRecursiveComparison()
                        .withComparatorForType(Double::compare, Double.class).isEqualTo(event.signals.get(i));
                }
                assertThat(decisions.size()).isEqualTo(1);
                assertThat(decisions.get(0)).usingRecursiveComparison()
                    .withComparatorForType(Double::compare, Double.class).isEqualTo(decision);
                assertThat(updates.size()).isEqualTo(updateCount);
                for (int i = 0; i < updateCount; i++)
                {
                    assertThat(updates.get(i)).usingRecursiveComparison()
                        .withComparatorForType(Double::compare, Double.class).isEqualTo(event.orderUpdates.get(i));
                }
                final PatternMatches matches = new PatternMatches();
                OutputCodec.decodePatternMatches(buffer, matches);
                assertThat(matches.size()).isEqualTo(matchCount);
                assertThat(OutputCodec.describe(buffer)).contains("decision[0]={symbol=" + decision.symbolId);
            });
    }

    @Test
    void aRecordWithoutTradingOutputsStaysVersion1AndDecodesEmpty()
    {
        final Event event = event(1, 0, 42, 1.0);
        OutputCodec.encode(event, buffer);
        assertThat(buffer.getByte(OutputCodec.VERSION_OFFSET)).isEqualTo(OutputCodec.VERSION);
        final Signal.List signals = new Signal.List();
        signals.add();
        final DecisionRecord.List decisions = new DecisionRecord.List();
        final OrderUpdate.List updates = new OrderUpdate.List();
        OutputCodec.decodeTrading(buffer, signals, decisions, updates);
        assertThat(signals.size() + decisions.size() + updates.size()).isZero();
    }

    private static void signal(final Signal s, final int i, final long seed)
    {
        s.agentId = 1000 + i;
        s.symbolId = i;
        s.timeframe = (byte)(i % 7);
        s.openTimeNanos = seed + i;
        s.direction = (byte)(i % 3 - 1);
        s.strength = i / 7.0;
        s.confidence = 1 - i / 9.0;
        s.weight = 2.5 * i;
        s.reliability = 0.5 + i / 100.0;
        s.share = i / 11.0;
        s.value1 = seed * 0.5;
        s.value2 = Double.NaN;
        s.patternKind = PatternMatches.CHART;
        s.patternId = -i;
    }

    private static void decision(final DecisionRecord d, final long seed)
    {
        d.symbolId = 3;
        d.timeframe = 2;
        d.openTimeNanos = seed;
        d.method = 3;
        d.direction = -1;
        d.score = -0.4;
        d.agreement = 0.75;
        d.confidence = 0.6;
        d.firstSignal = 0;
        d.signalCount = 4;
        d.action = DecisionRecord.SELL;
        d.holdReason = 0;
        d.lots = 0.3;
        d.price = 101.5;
        d.stopLoss = 103;
        d.takeProfit = 99;
        d.atr = 0.75;
        d.equity = 10_000;
        d.riskReason = 9;
        d.orderId = seed ^ 3;
        d.orderLots = -0.6;
    }

    private static void update(final OrderUpdate u, final int i, final long seed)
    {
        u.kind = (byte)(1 + i);
        u.orderId = seed + i;
        u.symbolId = i;
        u.side = (byte)(i & 1);
        u.state = (byte)(i + 1);
        u.magic = 6001;
        u.positionTicket = seed - i;
        u.lots = 0.5;
        u.price = 100 + i;
        u.stopLoss = 98;
        u.takeProfit = 104;
        u.filledLots = 0.25 * i;
        u.averagePrice = 100.5;
        u.lastLots = 0.25;
        u.lastPrice = 100.25;
        u.commission = -0.5;
        u.realisedPnl = 12.5 * i;
        u.positionLots = -0.5;
        u.terminalLots = 0.5;
        u.code = i;
    }

    @Test
    void describeShowsFeatureRows()
    {
        final Event event = event(1, 2, 42, 1.5);
        OutputCodec.encode(event, buffer);
        assertThat(OutputCodec.describe(buffer)).contains("bar[0]=").contains("features[0]={set=7")
            .contains("features[1]={set=8").contains("values=[1.5, NaN]");
        event.patternMatches.add(PatternMatches.CHART, 3, 0, (byte)1, 42, -100, 0.75);
        OutputCodec.encode(event, buffer);
        assertThat(OutputCodec.describe(buffer)).contains("pattern[0]={kind=2, id=3, symbol=0, tf=1, openTime=42, " +
            "signal=-100, confidence=0.75}");
    }

    private static Event event(final int bars, final int rows, final long seed, final double value)
    {
        final Event event = new Event();
        event.type = EventType.TICK;
        event.sequence = seed;
        for (int i = 0; i < bars; i++)
        {
            event.closedBars.add().set(i, (byte)i, seed + i, 1, 2, 0.5, 1.5, 10, 3);
        }
        for (int row = 0; row < rows; row++)
        {
            event.featureRows.beginRow(7 + row, row, (byte)(row % 7), seed - row);
            for (int column = 0; column <= row; column++)
            {
                event.featureRows.addValue(column == 1 ? Double.NaN : value + column);
            }
        }
        return event;
    }

    private static void assertSameRows(final FeatureRows actual, final FeatureRows expected)
    {
        assertThat(actual.size()).isEqualTo(expected.size());
        for (int row = 0; row < expected.size(); row++)
        {
            assertThat(actual.setId(row)).isEqualTo(expected.setId(row));
            assertThat(actual.symbolId(row)).isEqualTo(expected.symbolId(row));
            assertThat(actual.timeframe(row)).isEqualTo(expected.timeframe(row));
            assertThat(actual.openTimeNanos(row)).isEqualTo(expected.openTimeNanos(row));
            assertThat(actual.valueCount(row)).isEqualTo(expected.valueCount(row));
            for (int column = 0; column < expected.valueCount(row); column++)
            {
                assertThat(Double.doubleToRawLongBits(actual.value(row, column)))
                    .isEqualTo(Double.doubleToRawLongBits(expected.value(row, column)));
            }
        }
    }
}
