package io.tradingcore.mt5;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.tradingcore.app.SimulateCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static io.tradingcore.mt5.BridgeProtocol.TYPE_TICK;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code tradingcore simulate} run in-process through picocli against {@link TerminalSimulatorFakeServer}. */
class TerminalSimulatorCommandTest
{
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private TerminalSimulatorFakeServer server;

    @BeforeEach
    void setUp() throws Exception
    {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        server = new TerminalSimulatorFakeServer();
        server.autoAck = true;
    }

    @AfterEach
    void tearDown() throws Exception
    {
        System.setOut(originalOut);
        System.setErr(originalErr);
        server.close();
        assertThat(server.problems()).isEmpty();
    }

    private static int run(final String... args)
    {
        final CommandLine cli = new CommandLine(new SimulateCommand());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
        {
            commandLine.getErr().println("error: " + ex.getMessage());
            return ex instanceof IllegalArgumentException ? 2 : 1;
        });
        return cli.execute(args);
    }

    @Test
    void streamsAFileThenExitsWithASummary() throws Exception
    {
        final Path trades = dir.resolve("trades.csv");
        final List<String> lines = new ArrayList<>(List.of("timestamp,price,amount"));
        for (int i = 0; i < 50; i++)
        {
            lines.add((1_700_000_000 + i) + "," + (100 + i) + ".5,0.25");
        }
        Files.write(trades, lines);

        final int code = run("--port", String.valueOf(server.port()), "--secret", TerminalSimulatorFakeServer.SECRET,
            "--login", String.valueOf(TerminalSimulatorFakeServer.LOGIN), "--input", trades.toString(),
            "--speed", "0", "--spread-points", "2", "--exit-when-done");

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        final Tick first = server.next(TYPE_TICK).as(new Tick());
        assertThat(first.timeMs()).isEqualTo(1_700_000_000_000L);
        assertThat(first.last()).isEqualTo(100.5);
        assertThat(first.bid()).isEqualTo(100.49);
        assertThat(out.toString(StandardCharsets.UTF_8))
            .contains("simulated terminal: login 51234567 on 127.0.0.1:" + server.port() + ", BTCUSD, netting")
            .contains("ticks sent 50 ")
            .contains("orders 0 (duplicates 0): fills 0")
            .contains("positions: 0");
    }

    @Test
    void refusesToRunWithoutASecretOrWithABadMarginMode()
    {
        assertThat(run("--port", String.valueOf(server.port()), "--secret", "")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("secret is required");
        assertThat(run("--secret", "s", "--margin-mode", "both")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--margin-mode 'both' is not netting|hedging");
    }

    @Test
    void hasHelp()
    {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: simulate").contains("--exit-when-done")
            .contains("--partial-fill-ratio").contains("--margin-mode");
    }
}
