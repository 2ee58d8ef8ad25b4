package io.tradingcore.engine;

import io.tradingcore.journal.Fsync;

/**
 * Immutable engine configuration. Defaults suit a 2-core machine; {@link #validate} names the bad key.
 *
 * @param stages          how the logic stages run: {@code SINGLE} (one logic thread) or {@code CHAINED}
 *                        (one thread per stage). Key {@code engine.stages}.
 * @param waitStrategy    how consumer threads wait for events. Key {@code engine.wait-strategy}.
 * @param ringSize        ring entries, a power of two. Key {@code engine.ring-size}.
 * @param fsync           when the journal forces data to disk. Key {@code journal.fsync}.
 * @param snapshotRetain  complete snapshots kept on disk. Key {@code snapshot.retain}.
 * @param shutdownTimeoutMillis how long a clean shutdown waits for the ring to drain.
 *                        Key {@code engine.shutdown-timeout-ms}.
 */
public record EngineConfig(
    StageMode stages,
    WaitStrategyKind waitStrategy,
    int ringSize,
    Fsync fsync,
    int snapshotRetain,
    long shutdownTimeoutMillis)
{
    /** How the logic stages are laid out on threads. */
    public enum StageMode
    {
        SINGLE, CHAINED;

        public static StageMode parse(final String text)
        {
            return Enums.parse(StageMode.class, "engine.stages", text);
        }
    }

    /** Disruptor wait strategies offered. */
    public enum WaitStrategyKind
    {
        BLOCKING, YIELDING, SLEEPING, BUSY_SPIN;

        public static WaitStrategyKind parse(final String text)
        {
            return Enums.parse(WaitStrategyKind.class, "engine.wait-strategy", text);
        }
    }

    /** @return the defaults: single logic thread, blocking waits, 4096 entries, no fsync, 3 snapshots. */
    public static EngineConfig defaults()
    {
        return new EngineConfig(StageMode.SINGLE, WaitStrategyKind.BLOCKING, 4096, Fsync.NONE, 3, 10_000);
    }

    public EngineConfig withStages(final StageMode value)
    {
        return new EngineConfig(value, waitStrategy, ringSize, fsync, snapshotRetain, shutdownTimeoutMillis);
    }

    public EngineConfig withWaitStrategy(final WaitStrategyKind value)
    {
        return new EngineConfig(stages, value, ringSize, fsync, snapshotRetain, shutdownTimeoutMillis);
    }

    public EngineConfig withRingSize(final int value)
    {
        return new EngineConfig(stages, waitStrategy, value, fsync, snapshotRetain, shutdownTimeoutMillis);
    }

    public EngineConfig withFsync(final Fsync value)
    {
        return new EngineConfig(stages, waitStrategy, ringSize, value, snapshotRetain, shutdownTimeoutMillis);
    }

    public EngineConfig withSnapshotRetain(final int value)
    {
        return new EngineConfig(stages, waitStrategy, ringSize, fsync, value, shutdownTimeoutMillis);
    }

    /**
     * Checks every value; also refuses more busy-spinning threads than the machine has cores.
     *
     * @param consumerThreads the number of consumer threads the engine will start.
     * @param cores           available processors.
     * @throws IllegalArgumentException naming the offending key.
     */
    public void validate(final int consumerThreads, final int cores)
    {
        if (ringSize < 2 || Integer.bitCount(ringSize) != 1)
        {
            throw new IllegalArgumentException("engine.ring-size must be a power of two >= 2, was " + ringSize);
        }
        if (snapshotRetain < 1)
        {
            throw new IllegalArgumentException("snapshot.retain must be at least 1, was " + snapshotRetain);
        }
        if (shutdownTimeoutMillis < 1)
        {
            throw new IllegalArgumentException(
                "engine.shutdown-timeout-ms must be positive, was " + shutdownTimeoutMillis);
        }
        if (waitStrategy == WaitStrategyKind.BUSY_SPIN && consumerThreads >= cores)
        {
            throw new IllegalArgumentException("engine.wait-strategy busy-spin would spin " + consumerThreads +
                " threads on " + cores + " cores (producers need one too): use yielding or blocking, or run" +
                " engine.stages single on a machine with more cores");
        }
    }

    /** Parses enum values written in kebab or snake case, naming the key on error. */
    static final class Enums
    {
        private Enums()
        {
        }

        static <E extends Enum<E>> E parse(final Class<E> type, final String key, final String text)
        {
            final String normalised = text == null ? "" : text.trim().replace('-', '_');
            for (final E value : type.getEnumConstants())
            {
                if (value.name().equalsIgnoreCase(normalised))
                {
                    return value;
                }
            }
            final StringBuilder valid = new StringBuilder();
            for (final E value : type.getEnumConstants())
            {
                valid.append(valid.length() == 0 ? "" : ", ").append(value.name().toLowerCase().replace('_', '-'));
            }
            throw new IllegalArgumentException(key + " must be one of " + valid + "; was '" + text + "'");
        }
    }
}
