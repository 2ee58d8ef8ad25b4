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
