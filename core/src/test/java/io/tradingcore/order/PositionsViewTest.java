package io.tradingcore.order;

import io.tradingcore.event.ExecReport;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class PositionsViewTest
{
    private static final long T0 = 1_700_000_000_000_000_000L;

    @Test
    void isEmptyBeforeTheFirstPublish()
    {
        final PositionsView.Snapshot snapshot = new PositionsView(4).snapshot();
        assertThat(snapshot.publishes()).isZero();
        assertThat(snapshot.positions()).isEmpty();
        assertThat(snapshot.totalPositions()).isZero();
    }

    @Test
    void showsPositionsAndTotalsUpToItsCapacity()
    {
        final Positions positions = new Positions(true, 4);
        positions.onFill(T0, 1, 42, ExecReport.BUY, 2, 100, -1, 0, 11, 10);
        positions.onFill(T0 + 1, 1, 42, ExecReport.SELL, 1, 104, -0.5, -0.25, 11, 10);
        positions.onFill(T0 + 2, 2, 0, ExecReport.SELL, 3, 50, 0, 0, 12, 1);
        positions.onFill(T0 + 3, 3, 42, ExecReport.BUY, 1, 7, 0, 0, 13, 1);
        positions.mark(1, 101, 102);
        final PositionsView view = new PositionsView(2);
        view.publish(positions);

        final PositionsView.Snapshot snapshot = view.snapshot();
        assertThat(snapshot.publishes()).isEqualTo(1);
        assertThat(snapshot.hedging()).isTrue();
        // (104 - 100) x 1 x 10 = 40 realised; long 1 @ 100 at bid 101: (101 - 100) x 1 x 10 = 10
        assertThat(snapshot.realisedPnl()).isEqualTo(40.0);
        assertThat(snapshot.commission()).isEqualTo(-1.5);
        assertThat(snapshot.swap()).isEqualTo(-0.25);
        assertThat(snapshot.unrealisedPnl()).isEqualTo(10.0);
        assertThat(snapshot.totalPositions()).isEqualTo(3);
        assertThat(snapshot.positions()).containsExactly(
            new PositionsView.PositionRow(1, 11, 42, ExecReport.BUY, 1, 100, 10, -1.5, -0.25, T0, T0 + 1),
            new PositionsView.PositionRow(2, 12, 0, ExecReport.SELL, -3, 50, 0, 0, 0, T0 + 2, T0 + 2));
    }

    @Test
    void readersOnOtherThreadsOnlySeeWholePublishes() throws InterruptedException
    {
        final Positions positions = new Positions(true, 8);
        final PositionsView view = new PositionsView(8);
        final AtomicReference<String> failure = new AtomicReference<>();
        final AtomicLong copies = new AtomicLong();
        final Thread reader = new Thread(() ->
        {
            while (!Thread.currentThread().isInterrupted() && failure.get() == null)
            {
                final String problem = inconsistency(view.snapshot());
                if (problem != null)
                {
                    failure.set(problem);
                }
                copies.incrementAndGet();
                Thread.yield();
            }
        }, "positions-view-reader");
        reader.start();
        for (long k = 1; k <= 50_000 && failure.get() == null; k++)
        {
            positions.onFill(k, 0, k, ExecReport.BUY, 1, k, 0, 0, k, 1);
            if (k > 5)
            {
                positions.onFill(k, 0, k, ExecReport.SELL, 1, k, 0, 0, k - 5, 1);
            }
            view.publish(positions);
        }
        reader.interrupt();
        reader.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(reader.isAlive()).isFalse();
        assertThat(failure.get()).isNull();
        assertThat(copies.get()).isPositive();
        assertThat(inconsistency(view.snapshot())).isNull();
    }

    /**
     * Publish k opened ticket k (1 lot at price k, magic k, at time k) and closed ticket k - 5 at price k, realising
     * (k - (k - 5)) x 1 = 5: so tickets k - 4 .. k are open and the realised PnL is 5 x (k - 5).
     */
    private static String inconsistency(final PositionsView.Snapshot snapshot)
    {
        final long k = snapshot.publishes();
        final List<PositionsView.PositionRow> rows = snapshot.positions();
        final long expected = Math.min(k, 5);
        if (rows.size() != expected || snapshot.totalPositions() != expected ||
            snapshot.realisedPnl() != 5.0 * Math.max(0, k - 5))
        {
            return "publish " + k + " shows " + rows.size() + " positions, realised " + snapshot.realisedPnl();
        }
        long ticket = k - expected + 1;
        for (final PositionsView.PositionRow row : rows)
        {
            if (row.ticket() != ticket || row.lots() != 1 || row.averagePrice() != ticket || row.magic() != ticket ||
                row.openedNanos() != ticket || row.updatedNanos() != ticket)
            {
                return "row " + row + " of publish " + k;
            }
            ticket++;
        }
        return null;
    }
}
