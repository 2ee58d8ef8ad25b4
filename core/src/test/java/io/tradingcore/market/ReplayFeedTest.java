package io.tradingcore.market;

import io.tradingcore.engine.Clock;
import io.tradingcore.engine.Engine;
import io.tradingcore.engine.EngineConfig;
import io.tradingcore.engine.EngineCounters;
import io.tradingcore.engine.OutputListener;
import io.tradingcore.event.Bar;
import io.tradingcore.event.EventType;
import io.tradingcore.event.SourceIds;
import io.tradingcore.journal.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayFeedTest
{
    private static final String TRADES = "timestamp,price,amount\n" +
        "1385337600,800,1\n" +      // 00:00:00  row 2
        "1385337610,801,1\n" +      // 00:00:10  row 3
        "1385337800,802,1\n";       // 00:03:20  row 4

    @TempDir
    Path dir;

    @Test
    void timersInSimulatedTimeCloseABarBeforeTheNextTickArrives()
    {
        final List<String> closed = run(new ReplayFeed.Options("BTCUSD", ImportFormat.TRADES, null, 100, 0,
            20_000_000L, OnError.ABORT), -1);

        assertThat(closed).first().isEqualTo("TIMER closed M1 800.0..801.0 x2");
    }

    @Test
    void asFastAsPossibleTheNextTickClosesTheBarAndNoTimersArePublished()
    {
        final List<String> closed = run(new ReplayFeed.Options("BTCUSD", ImportFormat.TRADES, null, 0, 0,
            20_000_000L, OnError.ABORT), -1);

        assertThat(closed).first().isEqualTo("TICK closed M1 800.0..801.0 x2");
    }

    @Test
    void resumesAfterTheLastRowItHadPublished()
    {
        final List<String> closed = run(new ReplayFeed.Options("BTCUSD", ImportFormat.TRADES, null, 0, 0, 0,
            OnError.ABORT), 2);

        assertThat(closed).first().isEqualTo("TICK closed M1 801.0..801.0 x1");
    }

    @Test
    void countsSkippedRowsAsTheyHappenAndGoesOn()
    {
        final ReplayFeed feed = feed(TRADES + "1385337900,-1,1\n1385337901,x,1\n1385338000,803,1\n",
            new ReplayFeed.Options("BTCUSD", ImportFormat.AUTO, null, 0, 0, 0, OnError.SKIP), -1, event -> { });

        assertThat(feed.failure()).isNull();
        assertThat(feed.rowsSkipped()).isEqualTo(2);
        assertThat(feed.rowsPublished()).isEqualTo(4);
        assertThat(feed.report().skipped()).isEqualTo(2);
        assertThat(feed.report().firstErrors()).extracting(ImportError::line).containsExactly(5L, 6L);
    }

    @Test
    void abortStopsTheFeedAtTheFirstBadRow()
    {
        final ReplayFeed feed = feed(TRADES + "1385337900,-1,1\n1385338000,803,1\n",
            new ReplayFeed.Options("BTCUSD", ImportFormat.AUTO, null, 0, 0, 0, OnError.ABORT), -1, event -> { });

        assertThat(feed.failure()).isInstanceOf(ImportError.class).hasMessageStartingWith("trades.csv:5:2:");
        assertThat(feed.rowsPublished()).isEqualTo(3);
        assertThat(feed.report()).isNull();
    }

    private List<String> run(final ReplayFeed.Options options, final long resumeAfterRow)
    {
        final List<String> closed = new CopyOnWriteArrayList<>();
        final OutputListener listener = event ->
        {
            for (int i = 0; i < event.closedBars.size(); i++)
            {
                final Bar bar = event.closedBars.get(i);
                if (bar.timeframe == Timeframe.M1.code())
                {
                    closed.add(EventType.name(event.type) + " closed M1 " + bar.low + ".." + bar.high + " x" +
                        bar.tickCount);
                }
            }
        };
        final ReplayFeed feed = feed(TRADES, options, resumeAfterRow, listener);
        assertThat(feed.failure()).isNull();
        assertThat(feed.rowsPublished()).isEqualTo(3 - Math.max(0, resumeAfterRow - 1));
        try (Journal journal = Journal.open(dir, false);
            Engine reopened = Engine.open(EngineConfig.defaults(), journal, List.of(new MarketStage()), List.of(),
                new EngineCounters()))
        {
            assertThat(reopened.lastSourcePosition(SourceIds.REPLAY_FEED)).isEqualTo(4);
        }
        return closed;
    }

    /** Runs a feed of {@code text} to its end through a fresh engine, which is closed before returning. */
    private ReplayFeed feed(
        final String text, final ReplayFeed.Options options, final long resumeAfterRow, final OutputListener listener)
    {
        try (Journal journal = Journal.open(dir, false);
            Engine engine = Engine.open(EngineConfig.defaults(), journal, List.of(new MarketStage()),
                List.of(listener), new EngineCounters()))
        {
            engine.start();
            final ReplayFeed feed = new ReplayFeed(engine.publisher(), Clock.SYSTEM, "trades.csv",
                () -> new StringReader(text), options, resumeAfterRow);
            feed.run();
            return feed;
        }
    }
}
