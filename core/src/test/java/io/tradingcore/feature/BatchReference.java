package io.tradingcore.feature;

import com.sun.management.ThreadMXBean;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Checks for features without a TA-Lib equivalent: a streamed output compared bar for bar with a plain batch
 * computation written in the test, NaN where the batch says the value is undefined.
 */
final class BatchReference
{
    private BatchReference()
    {
    }

    /**
     * Asserts that {@code streamed} is NaN before bar {@code lookback}, NaN wherever {@code expected} is NaN,
     * and otherwise within {@link Parity#RELATIVE} of {@code expected}.
     */
    static void assertMatches(final String label, final double[] streamed, final int lookback,
        final double[] expected)
    {
        assertThat(streamed).as("%s: length", label).hasSameSizeAs(expected);
        for (int i = 0; i < streamed.length; i++)
        {
            final double actual = streamed[i];
            final double want = i < lookback ? Double.NaN : expected[i];
            if (Double.isNaN(want) || Double.isNaN(actual))
            {
                if (Double.isNaN(want) != Double.isNaN(actual))
                {
                    fail("%s: bar %d is %s, the batch reference says %s (lookback %d)", label, i, actual, want,
                        lookback);
                }
                continue;
            }
            if (!Parity.close(actual, want))
            {
                fail("%s: bar %d is %s, the batch reference says %s (relative error %s)", label, i, actual, want,
                    Math.abs(actual - want) / Math.max(Math.abs(actual), Math.abs(want)));
            }
        }
    }

    /** Asserts that the first defined value of {@code streamed} is at bar {@code lookback} (none if too short). */
    static void assertStartsAt(final String label, final double[] streamed, final int lookback)
    {
        int first = streamed.length;
        for (int i = streamed.length - 1; i >= 0; i--)
        {
            if (!Double.isNaN(streamed[i]))
            {
                first = i;
            }
        }
        assertThat(first).as("%s: first output bar", label).isEqualTo(Math.min(lookback, streamed.length));
    }

    /** @return bytes allocated by the current thread while {@code work} ran. */
    static long allocatedBy(final Runnable work)
    {
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long before = threads.getCurrentThreadAllocatedBytes();
        work.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }
}
