package io.tradingcore.bench;

import java.util.Optional;

/**
 * Guard for the JVM flags Chronicle Queue and Agrona 2 need ({@code tc.jvm.flags} in the parent pom). JMH
 * forks inherit the runner's JVM arguments, so {@code mvn -pl bench exec:exec} passes them on; a plain
 * {@code java -jar benchmarks.jar} without them would let Chronicle phone home (analytics) and fail on the
 * missing exports (Agrona's {@code UnsafeBuffer}, inside every {@code Event}, fails first). Every benchmark
 * calls {@link #requireChronicleFlags()} first in its setup, which fails the fork with a message naming the
 * missing flag instead. Any thread.
 */
final class JvmFlags
{
    private JvmFlags()
    {
    }

    /**
     * @throws IllegalStateException naming the first missing flag.
     */
    static void requireChronicleFlags()
    {
        if (!Boolean.getBoolean("chronicle.analytics.disable"))
        {
            throw missing("-Dchronicle.analytics.disable=true");
        }
        requireExported("java.base", "jdk.internal.misc");
        requireExported("java.base", "sun.nio.ch");
        requireExported("java.base", "jdk.internal.ref");
        requireExported("jdk.unsupported", "sun.misc");
        requireOpen("java.base", "java.lang");
    }

    private static void requireExported(final String moduleName, final String packageName)
    {
        final Module module = module(moduleName);
        if (!module.isExported(packageName, JvmFlags.class.getModule()))
        {
            throw missing("--add-exports=" + moduleName + "/" + packageName + "=ALL-UNNAMED");
        }
    }

    private static void requireOpen(final String moduleName, final String packageName)
    {
        final Module module = module(moduleName);
        if (!module.isOpen(packageName, JvmFlags.class.getModule()))
        {
            throw missing("--add-opens=" + moduleName + "/" + packageName + "=ALL-UNNAMED");
        }
    }

    private static Module module(final String name)
    {
        final Optional<Module> module = ModuleLayer.boot().findModule(name);
        return module.orElseThrow(() -> new IllegalStateException("JVM has no module " + name));
    }

    private static IllegalStateException missing(final String flag)
    {
        return new IllegalStateException("this JVM lacks " + flag + ": run the benchmarks with the Chronicle " +
            "flags of tc.jvm.flags (mvn -pl bench exec:exec, or java $FLAGS -jar benchmarks.jar; see bench/README.md)");
    }
}
