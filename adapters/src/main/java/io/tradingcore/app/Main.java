package io.tradingcore.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the daemon and the CLI. {@code tradingcore run} is the daemon; the other commands are
 * batch tools over the same code.
 */
@Command(
    name = "tradingcore",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Low-latency trading core next to a MetaTrader 5 terminal.",
    subcommands = {
        RunCommand.class,
        ReplayCommand.class,
        ImportCommand.class,
        BarsCommand.class,
        FeaturesCommand.class,
        PatternsCommand.class,
        SimulateCommand.class,
        SealCommand.class,
        CommandLine.HelpCommand.class
    })
public final class Main
{
    static
    {
        // Belt and braces: the launcher and the poms pass it too. Chronicle must never phone home.
        System.setProperty("chronicle.analytics.disable", "true");
    }

    private Main()
    {
    }

    public static void main(final String[] args)
    {
        System.exit(execute(args));
    }

    /**
     * Runs one command line without exiting the JVM.
     *
     * @return the exit code: 0 success, 1 failure, 2 bad usage.
     */
    public static int execute(final String... args)
    {
        final CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
        {
            commandLine.getErr().println("error: " + ex.getMessage());
            return ex instanceof DaemonConfig.ConfigException || ex instanceof IllegalArgumentException ? 2 : 1;
        });
        return cli.execute(args);
    }

    /** Reports the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider
    {
        @Override
        public String[] getVersion()
        {
            final String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"tradingcore " + (version == null ? "(development build)" : version)};
        }
    }
}
