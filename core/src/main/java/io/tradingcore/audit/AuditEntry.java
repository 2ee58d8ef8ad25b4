package io.tradingcore.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One journaled command as the audit log shows it: who issued it, when, what it was about, how the engine answered,
 * and the state of its target before and after. Immutable (the maps are read-only); any thread.
 *
 * @param sequence  the command's journal sequence.
 * @param timeNanos its event time, epoch nanoseconds UTC.
 * @param actor     the user who issued it, {@value #SYSTEM} for the system (timers, snapshots, the CLI, and
 *                  every command journaled before actors were recorded).
 * @param kind      the command's name, e.g. {@code USER_CONFIG_PUT}.
 * @param family    the family of state it changes, e.g. {@code USER_CONFIG} ({@link CommandDescriptions#family}).
 * @param target    the id it is about (see {@link CommandDescriptions}), or null when it has none or its payload
 *                  does not decode.
 * @param owner     the user who owns the target, or null (templates, the kill switch, snapshots).
 * @param result    the engine's result, e.g. {@code OK}, {@code NOT_FOUND}.
 * @param request   the command's payload described, secrets masked.
 * @param before    the target's state before: the {@code after} of the last successful command on the same target
 *                  of the same family, or null when there was none or it was deleted.
 * @param after     the target's state after: the described payload of a successful put, null for a delete or a
 *                  command that failed.
 */
public record AuditEntry(long sequence, long timeNanos, String actor, String kind, String family, String target,
    String owner, String result, Map<String, Object> request, Map<String, Object> before, Map<String, Object> after)
{
    /** The actor shown for commands the system issued (an empty actor in the journal). */
    public static final String SYSTEM = "system";

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** @return {@link #timeNanos} as an ISO-8601 UTC instant, e.g. {@code 2026-01-02T10:00:00.000000001Z}. */
    public String time()
    {
        return Instant.ofEpochSecond(Math.floorDiv(timeNanos, NANOS_PER_SECOND),
            Math.floorMod(timeNanos, NANOS_PER_SECOND)).toString();
    }
}
