package io.tradingcore.mt5;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.tradingcore.market.ImportError;
import io.tradingcore.market.ImportReport;
import io.tradingcore.market.MarketDataImporter;
import io.tradingcore.market.MarketDataSink;

/**
 * The market data of a {@link TerminalSimulator}: reads a file with {@link MarketDataImporter} (any format it reads;
 * by default the bundled Bitstamp trades, classpath resource {@value #BUNDLED_TRADES}) and hands each row to a
 * {@link Handler} as a quote, paced by event time.
 * <ul>
 * <li>A tick keeps its bid, ask and last (NaN, "never given", becomes 0). A trade, whose bid, ask and last are equal,
 * gets the configured spread: bid = price - spread/2, ask = price + spread/2 (spread = spreadPoints x point), last =
 * price. A bar becomes one trade at its close price, stamped with its open time.</li>
 * <li>Times are the data's, converted to UTC epoch milliseconds (floor).</li>
 * <li>Pacing: row n is due {@code (time_n - time_0) / speed} after the first row (speed 0: at once) and, with a
 * maximum rate, no earlier than {@code n / maxRate} seconds after it; waits sleep ({@link LockSupport#parkNanos}, at
 * most 100 ms at a time so that {@link #stop} is seen), never spin.</li>
 * </ul>
 * Runs on the caller's thread ({@link #run}); {@link #stop} may be called from any thread.
 */
final class SimulatorFeed implements MarketDataSink
{
    /** Receives each row as a quote, on the feed's thread. */
    interface Handler
    {
        /**
         * @param timeMs UTC epoch milliseconds.
         * @param bid    0 if none.
         * @param ask    0 if none.
         * @param last   0 if none.
         * @param volume >= 0.
         */
        void onQuote(long timeMs, double bid, double ask, double last, double volume);
    }

    /** Classpath resource of the default data: 100,000 Bitstamp BTC/USD trades from 2013-11-25 (app.Daemon's). */
    static final String BUNDLED_TRADES = "/sample-data/bitstamp_trades_from_20131125_usd.csv";

    private static final long NANOS_PER_MS = 1_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long MAX_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final StopFeed STOP = new StopFeed();

    private final SimulatorConfig config;
    private final Handler handler;
    private final double halfSpread;
    private volatile boolean stopRequested;
    private volatile ImportReport report;
    private volatile Throwable failure;
    private long rows;
    private long firstEventNanos;
    private long firstWallNanos;

    SimulatorFeed(final SimulatorConfig config, final Handler handler)
    {
        this.config = config;
        this.handler = handler;
        this.halfSpread = config.spreadPoints() * config.symbol().point() / 2;
    }

    /** Reads the whole file (or until {@link #stop}); failures are kept in {@link #failure()}, never thrown. */
    void run()
    {
        try (Reader reader = open())
        {
            report = MarketDataImporter.read(name(), reader, config.format(), config.onError(), this);
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

    void stop()
    {
        stopRequested = true;
    }

    /** The import report once the whole file was read, else null. */
    ImportReport report()
    {
        return report;
    }

    /** Why the feed stopped early (a bad row with {@code abort}, an I/O error), or null. */
    Throwable failure()
    {
        return failure;
    }

    /** The file name, or the bundled file's name. */
    String name()
    {
        return config.input() == null ? BUNDLED_TRADES.substring(BUNDLED_TRADES.lastIndexOf('/') + 1) :
            String.valueOf(config.input().getFileName());
    }

    @Override
    public void onTick(
        final long sourceRow, final long timeNanos, final double bid, final double ask, final double last,
        final double volume)
    {
        double b = Double.isNaN(bid) ? 0 : bid;
        double a = Double.isNaN(ask) ? 0 : ask;
        final double l = Double.isNaN(last) ? 0 : last;
        if (halfSpread > 0 && l > 0 && b == l && a == l)
        {
            b = Math.max(0, l - halfSpread);
            a = l + halfSpread;
        }
        pace(timeNanos);
        handler.onQuote(Math.floorDiv(timeNanos, NANOS_PER_MS), b, a, l, volume);
    }

    @Override
    public void onBar(
        final long sourceRow, final long openTimeNanos, final double open, final double high, final double low,
        final double close, final double volume)
    {
        onTick(sourceRow, openTimeNanos, close, close, close, volume);
    }

    @Override
    public void onSkipped(final ImportError error)
    {
        if (stopRequested)
        {
            throw STOP;
        }
    }

    private Reader open() throws IOException
    {
        if (config.input() != null)
        {
            return MarketDataImporter.openReader(config.input());
        }
        final InputStream in = SimulatorFeed.class.getResourceAsStream(BUNDLED_TRADES);
        if (in == null)
        {
            throw new IOException("bundled sample " + BUNDLED_TRADES + " is missing: rebuild with mvn package");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private void pace(final long timeNanos)
    {
        if (stopRequested)
        {
            throw STOP;
        }
        final long now = System.nanoTime();
        if (rows == 0)
        {
            firstEventNanos = timeNanos;
            firstWallNanos = now;
        }
        long due = firstWallNanos;
        if (config.speed() > 0)
        {
            due = Math.max(due, firstWallNanos + (long)((timeNanos - firstEventNanos) / config.speed()));
        }
        if (config.maxRate() > 0)
        {
            due = Math.max(due, firstWallNanos + rows * NANOS_PER_SECOND / config.maxRate());
        }
        rows++;
        long wait;
        while ((wait = due - System.nanoTime()) > 0)
        {
            LockSupport.parkNanos(Math.min(wait, MAX_PARK_NANOS));
            if (stopRequested)
            {
                throw STOP;
            }
        }
    }

    private static final class StopFeed extends RuntimeException
    {
        private static final long serialVersionUID = 1L;

        StopFeed()
        {
            super("feed stopped", null, false, false);
        }
    }
}
