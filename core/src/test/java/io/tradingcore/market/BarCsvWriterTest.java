package io.tradingcore.market;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static io.tradingcore.market.Recorded.nanos;
import static org.assertj.core.api.Assertions.assertThat;

class BarCsvWriterTest
{
    @Test
    void writesHeaderOnceAndBarsOfItsTimeframeOnly() throws IOException
    {
        final StringWriter text = new StringWriter();
        try (BarCsvWriter writer = new BarCsvWriter(text, Timeframe.M5))
        {
            writer.onBar(0, Timeframe.M5, nanos("2013-11-25T00:00:00Z"), 800.01, 805.5, 799.0, 801.0, 12.25, 7);
            writer.onBar(0, Timeframe.M1, nanos("2013-11-25T00:00:00Z"), 1, 1, 1, 1, 1, 1);
            writer.onBar(0, Timeframe.M5, nanos("2013-11-25T00:05:00Z"), 801.0, 801.0, 801.0, 801.0, 2.0E7, 1);
        }

        assertThat(text).hasToString("""
            time,open,high,low,close,volume
            2013-11-25T00:00:00Z,800.01,805.5,799.0,801.0,12.25
            2013-11-25T00:05:00Z,801.0,801.0,801.0,801.0,2.0E7
            """);
    }

    @Test
    void writesOnlyTheHeaderWhenNoBarArrives() throws IOException
    {
        final StringWriter text = new StringWriter();
        new BarCsvWriter(text, Timeframe.D1).close();

        assertThat(text).hasToString("time,open,high,low,close,volume\n");
    }

    @Test
    void aggregatedBitstampBarsReadBackUnchanged() throws IOException
    {
        final StringWriter text = new StringWriter();
        final Recorded.Bars closed = new Recorded.Bars();
        try (BarCsvWriter writer = new BarCsvWriter(text, Timeframe.M15))
        {
            final BarAggregator aggregator = new BarAggregator(new Timeframe[] {Timeframe.M15},
                (symbolId, tf, time, open, high, low, close, volume, ticks) ->
                {
                    writer.onBar(symbolId, tf, time, open, high, low, close, volume, ticks);
                    closed.onBar(symbolId, tf, time, open, high, low, close, volume, ticks);
                });
            MarketDataImporter.read(Recorded.sampleData(Recorded.BITSTAMP), ImportFormat.TRADES, OnError.ABORT,
                new Recorded.TradesInto(aggregator));
            aggregator.flush();
        }
        final Recorded.Rows rows = new Recorded.Rows();

        final ImportReport report = MarketDataImporter.read("m15.csv", new StringReader(text.toString()),
            ImportFormat.AUTO, OnError.ABORT, rows);

        assertThat(report.format()).isEqualTo(ImportFormat.OHLCV);
        assertThat(rows.bars).hasSize(closed.bars.size());
        for (int i = 0; i < rows.bars.size(); i++)
        {
            final Recorded.Bar want = closed.bars.get(i);
            assertThat(rows.bars.get(i)).isEqualTo(new Recorded.RowBar(i + 2, want.openTime(), want.open(),
                want.high(), want.low(), want.close(), want.volume()));
        }
    }
}
