package io.tradingcore.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The daemon as a child process, started with this JVM's classpath and Chronicle flags; its JSON log
 * lines are parsed as they arrive. Every wait is bounded.
 */
final class ChildDaemon implements AutoCloseable
{
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final LinkedBlockingQueue<JsonNode> lines = new LinkedBlockingQueue<>();
    private final List<String> rawLines = new ArrayList<>();
    private final Thread reader;

    private ChildDaemon(final Process process)
    {
        this.process = process;
        this.reader = new Thread(this::readLines, "child-daemon-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildDaemon start(final String... args) throws IOException
    {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (final String argument : ManagementFactory.getRuntimeMXBean().getInputArguments())
        {
            if (argument.startsWith("--add-") || argument.startsWith("-Dchronicle"))
            {
                command.add(argument);
            }
        }
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        final ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("TC_"));
        builder.environment().put("TC_HTTP_PORT", "0");
        return new ChildDaemon(builder.start());
    }

    private void readLines()
    {
        try (BufferedReader in = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)))
        {
            String line;
            while ((line = in.readLine()) != null)
            {
                synchronized (rawLines)
                {
                    rawLines.add(line);
                }
                if (line.startsWith("{"))
                {
                    lines.add(JSON.readTree(line));
                }
            }
        }
        catch (final IOException ex)
        {
            // the process went away
        }
    }

    /** Waits for a log line matching {@code condition}; fails after {@code seconds}. */
    JsonNode await(final Predicate<JsonNode> condition, final long seconds, final String what)
        throws InterruptedException
    {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true)
        {
            final long left = deadline - System.nanoTime();
            final JsonNode line = lines.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (line == null)
            {
                throw new AssertionError("no log line with " + what + " within " + seconds + " s; output:\n" +
                    output());
            }
            if (condition.test(line))
            {
                return line;
            }
        }
    }

    /** Sends SIGKILL and waits (bounded) for the process to be gone. */
    void kill() throws InterruptedException
    {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS))
        {
            throw new AssertionError("child did not die after SIGKILL");
        }
    }

    /** Waits (bounded) for the process to exit by itself and returns its exit code. */
    int awaitExit(final long seconds) throws InterruptedException
    {
        if (!process.waitFor(seconds, TimeUnit.SECONDS))
        {
            process.destroyForcibly();
            throw new AssertionError("child did not exit within " + seconds + " s; output:\n" + output());
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        return process.exitValue();
    }

    String output()
    {
        synchronized (rawLines)
        {
            return String.join("\n", rawLines);
        }
    }

    @Override
    public void close() throws InterruptedException
    {
        if (process.isAlive())
        {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
    }
}
