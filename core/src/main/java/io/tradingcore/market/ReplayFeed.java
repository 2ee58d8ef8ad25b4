package io.tradingcore.market;

import io.tradingcore.engine.Clock;
import io.tradingcore.engine.EventPublisher;
import io.tradingcore.event.SourceIds;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

/**
 * A simulated terminal feed: reads a market-data file (any {@link ImportFormat}) and publishes its rows
 * as ticks or bars, paced to a multiple of real time and/or capped to a rate. While it waits for the
 * next row it publishes TIMER events in simulated time, so bars close on time even when no tick comes.
 *
 * <p>Each row is published with its line number as the source position. Given the last position the
 * journal holds ({@code Engine#lastSourcePosition(SourceIds.REPLAY_FEED)}) the feed resumes after it:
 * a restarted daemon neither loses nor repeats rows.
 *
 * <p>A bad row is skipped or stops the feed as {@link Options#onError()} says; skipped rows are counted
 * ({@link #rowsSkipped}) and logged with file, line and column (the first 100, then one in 10,000).
 *
 * <p>Runs on its own thread ({@link #run}); {@link #stop} may be called from any thread.
 */
public final class ReplayFeed implements Runnable
{
    /** Opens the file each time the feed runs. */
    @FunctionalInterface
    public interface Source
    {
        Reader open() throws IOException;
    }

    /**
     * How to replay.
     *
     * @param symbol         symbol name the rows are published under.
     * @param format         file format ({@link ImportFormat#AUTO} to detect).
     * @param barTimeframe   timeframe of the bars in a bar file (ignored for ticks; required for bars).
     * @param speed          multiple of real time (1 = as recorded, 600 = ten minutes per second); 0 = as
     *                       fast as the ring takes them.
     * @param maxRate        cap in rows per second; 0 = no cap.
     * @param timerInterval  wall-clock nanoseconds between TIMER events while waiting; 0 = none.
     * @param onError        what to do with a bad row.
     */
    public record Options(
        String symbol,
        ImportFormat format,
        Timeframe barTimeframe,
        double speed,
        long maxRate,
        long timerInterval,
        OnError onError)
    {
        public Options
        {
            Objects.requireNonNull(symbol, "symbol");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(onError, "onError");
            if (!(speed >= 0) || Double.isInfinite(speed))
            {
                throw new IllegalArgumentException("feed.speed must be a number >= 0, was " + speed);
            }
            if (maxRate < 0)
            {
                throw new IllegalArgumentException("feed.max-rate must be >= 0, was " + maxRate);
            }
            if (timerInterval < 0)
            {
                throw new IllegalArgumentException("feed.timer-interval must be >= 0, was " + timerInterval);
            }
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReplayFeed.class);
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int MAX_LOGGED_ERRORS = 100;
    private static final StopFeed STOP = new StopFeed();

    private final EventPublisher publisher;
    private final Clock clock;
    private final String fileName;
    private final Source source;
    private final Options options;
    private final long resumeAfterRow;
    private volatile boolean stopRequested;
    private volatile ImportReport report;
    private volatile Throwable failure;
    private volatile long rowsPublished;
    private volatile long rowsSkipped;

    /**
     * @param resumeAfterRow rows up to this line number are skipped (-1 to start at the beginning).
     */
    public ReplayFeed(
        final EventPublisher publisher,
        final Clock clock,
        final String fileName,
        final Source source,
        final Options options,
        final long resumeAfterRow)
    {
        this.publisher = publisher;
        this.clock = clock;
        this.fileName = fileName;
        this.source = source;
        this.options = options;
        this.resumeAfterRow = resumeAfterRow;
    }

    @Override
    public void run()
    {
        try (Reader reader = source.open())
        {
            report = MarketDataImporter.read(fileName, reader, options.format(), options.onError(), new Publisher());
        }
        catch (final StopFeed stopped)
        {
            report = null;
        }
        catch (final IOException | RuntimeException ex)
        {
            failure = ex;
        }
    }

    /** Asks the feed to stop after the row it is publishing. */
    public void stop()
    {
        stopRequested = true;
    }

    /** @return the import report once the whole file was read, else null. */
    public ImportReport report()
    {
        return report;
    }

    /** @return why the feed stopped early (bad row with {@code abort}, I/O error), or null. */
    public Throwable failure()
    {
        return failure;
    }

    /** @return rows published so far by this run. */
    public long rowsPublished()
    {
        return rowsPublished;
    }

    /** @return bad rows skipped so far by this run ({@link OnError#SKIP}). */
    public long rowsSkipped()
    {
        return rowsSkipped;
    }

    private static final class StopFeed extends RuntimeException
    {
        private static final long serialVersionUID = 1L;

        StopFeed()
        {
            super("feed stopped", null, false, false);
        }
    }

    /** Paces and publishes rows; runs on the feed thread. */
    private final class Publisher implements MarketDataSink
    {
        private int symbolId = -1;
        private long firstEventTime;
        private long firstWallTime;
        private long paced;
        private long lastTimerWallTime;
        private long lastRow = -1;

        @Override
        public void onTick(
            final long sourceRow, final long timeNanos, final double bid, final double ask, final double last,
            final double volume)
        {
            if (admit(sourceRow, timeNanos))
            {
                publisher.tick(SourceIds.REPLAY_FEED, sourceRow, symbolId, timeNanos, bid, ask, last, volume);
                published(sourceRow);
            }
        }

        @Override
        public void onBar(
            final long sourceRow, final long openTimeNanos, final double open, final double high, final double low,
            final double close, final double volume)
        {
            final Timeframe tf = options.barTimeframe();
            if (tf == null)
            {
                throw new IllegalArgumentException(fileName + " holds bars: say their timeframe (feed.timeframe)");
            }
            final long timeNanos = openTimeNanos + tf.nanos();
            if (admit(sourceRow, timeNanos))
            {
                publisher.bar(SourceIds.REPLAY_FEED, sourceRow, symbolId, timeNanos, tf.code(), openTimeNanos,
                    open, high, low, close, volume);
                published(sourceRow);
            }
        }

        @Override
        public void onSkipped(final ImportError error)
        {
            final long skipped = rowsSkipped + 1;
            rowsSkipped = skipped;
            if (skipped <= MAX_LOGGED_ERRORS || skipped % 10_000 == 0)
            {
                LOG.warn("skipped bad row #{}: {}", skipped, error.getMessage());
            }
        }

        private boolean admit(final long sourceRow, final long timeNanos)
        {
            if (stopRequested)
            {
                throw STOP;
            }
            if (sourceRow <= resumeAfterRow)
            {
                return false;
            }
            if (symbolId < 0)
            {
                symbolId = publisher.symbol(options.symbol(), timeNanos);
                firstEventTime = timeNanos;
                firstWallTime = clock.nanoTime();
                lastTimerWallTime = firstWallTime;
            }
            pace(timeNanos);
            return true;
        }

        private void published(final long sourceRow)
        {
            lastRow = sourceRow;
            paced++;
            rowsPublished = paced;
        }

        private void pace(final long timeNanos)
        {
            long due = firstWallTime;
            if (options.speed() > 0)
            {
                due = Math.max(due, firstWallTime + (long)((timeNanos - firstEventTime) / options.speed()));
            }
            if (options.maxRate() > 0)
            {
                due = Math.max(due, firstWallTime + paced * NANOS_PER_SECOND / options.maxRate());
            }
            long now;
            while ((now = clock.nanoTime()) < due)
            {
                if (stopRequested)
                {
                    throw STOP;
                }
                final long interval = options.timerInterval();
                if (interval > 0 && now - lastTimerWallTime >= interval && options.speed() > 0)
                {
                    lastTimerWallTime = now;
                    final long simulated = firstEventTime + (long)((now - firstWallTime) * options.speed());
                    publisher.timer(SourceIds.REPLAY_FEED, lastRow, Math.min(simulated, timeNanos - 1));
                }
                final long wait = due - now;
                LockSupport.parkNanos(interval > 0 ? Math.min(wait, interval) : wait);
            }
        }
    }
}
