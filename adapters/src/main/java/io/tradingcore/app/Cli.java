package io.tradingcore.app;

import ch.qos.logback.classic.Level;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Small helpers shared by the batch commands. */
final class Cli
{
    private Cli()
    {
    }

    /** Batch commands print their own results; only warnings and errors are logged. */
    static void quietLogs()
    {
        rootLogger().setLevel(Level.WARN);
    }

    /** The daemon logs at {@code TC_LOG_LEVEL} (default INFO). */
    static void daemonLogs()
    {
        rootLogger().setLevel(Level.toLevel(System.getenv("TC_LOG_LEVEL"), Level.INFO));
    }

    private static ch.qos.logback.classic.Logger rootLogger()
    {
        return (ch.qos.logback.classic.Logger)LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    /** @return a progress bar on the terminal, or null when output is not a terminal. */
    static ProgressBar progress(final String task, final long total, final String unit)
    {
        if (System.console() == null)
        {
            return null;
        }
        return new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setUnit(" " + unit, 1)
            .setStyle(ProgressBarStyle.ASCII)
            .showSpeed()
            .setUpdateIntervalMillis(200)
            .continuousUpdate()
            .build();
    }

    /** Completes a progress bar (if any) at {@code done}, the real total, and closes it. */
    static void finish(final ProgressBar bar, final long done)
    {
        if (bar != null)
        {
            bar.maxHint(done);
            bar.stepTo(done);
            bar.close();
        }
    }

    /** @return the number of lines of {@code file} (for a progress bar's total), or -1 if unreadable. */
    static long countLines(final Path file)
    {
        try (Stream<String> lines = Files.lines(file))
        {
            return lines.count();
        }
        catch (final IOException | UncheckedIOException ex)
        {
            return -1;
        }
    }
}
