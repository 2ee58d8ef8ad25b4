package io.tradingcore.engine;

import java.time.Instant;

/**
 * The wall clock, kept behind one type so that its few legitimate users (feed pacing, status, timers,
 * stamping commands at the edge) are easy to find and to replace in tests. The logic never uses it: it
 * runs on event time ({@code Event#timeNanos}).
 */
public interface Clock
{
    /** The system clock. */
    Clock SYSTEM = new Clock()
    {
        @Override
        public long nanoTime()
        {
            return System.nanoTime();
        }

        @Override
        public long epochNanos()
        {
            final Instant now = Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }
    };

    /** @return a monotonic time in nanoseconds, for measuring intervals. */
    long nanoTime();

    /** @return the current time, epoch nanoseconds UTC. */
    long epochNanos();
}
