package io.tradingcore.agent;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class AgentsViewTest
{
    private static final List<String> SYMBOLS = List.of("BTCUSD");

    private static void publish(final AgentsView view, final long k)
    {
        view.beginWrite();
        final int rows = 1 + (int)(k % 3);
        for (int row = 0; row < rows; row++)
        {
            view.identity(row, 1000 + row, "n" + (k % 2), "kind", true, SYMBOLS, k);
            view.learning(row, k, k, k, k);
            view.activity(row, k, (byte)1, k, k, k, k, k % 2 == 0);
        }
        view.endWrite(rows);
    }

    @Test
    void snapshotIsEmptyUntilPublishedThenCopiesTheRows()
    {
        final AgentsView view = new AgentsView(4);
        assertThat(view.snapshot()).isEmpty();
        publish(view, 4);
        assertThat(view.snapshot()).hasSize(2).first().isEqualTo(new AgentsView.AgentInfo(1000, "n0", "kind", true,
            SYMBOLS, 4, 4, 4, 4, 4, 4, 1, 4, 4, 4, 4, true));
    }

    @Test
    void aReaderNeverSeesAHalfWrittenPublication() throws InterruptedException
    {
        final AgentsView view = new AgentsView(4);
        publish(view, 0);
        final AtomicBoolean done = new AtomicBoolean();
        final AtomicReference<String> torn = new AtomicReference<>();
        final Thread reader = new Thread(() ->
        {
            while (!done.get() && torn.get() == null)
            {
                final List<AgentsView.AgentInfo> rows = view.snapshot();
                final double k = rows.get(0).initialWeight();
                if (rows.size() != 1 + (long)k % 3)
                {
                    torn.set("row count " + rows.size() + " for publication " + k);
                }
                for (final AgentsView.AgentInfo row : rows)
                {
                    final long n = (long)k;
                    if (row.learnedWeight() != k || row.lastSignalNanos() != n || row.stale() != (n % 2 == 0) ||
                        !row.name().equals("n" + n % 2))
                    {
                        torn.set("mixed publications: " + row + " in " + k);
                    }
                }
            }
        });
        reader.start();
        for (long k = 1; k < 300_000 && torn.get() == null; k++)
        {
            publish(view, k);
        }
        done.set(true);
        reader.join();
        assertThat(torn.get()).isNull();
    }
}
