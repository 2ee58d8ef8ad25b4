package io.tradingcore.audit;

import java.util.List;

/**
 * What one audit query found. Immutable; any thread.
 *
 * @param entries         the matching commands, newest first, at most the query's limit.
 * @param scanned         input journal records read.
 * @param matched         commands that matched the query (more than {@code entries} when truncated).
 * @param truncated       true when older matching commands were left out because of the limit.
 * @param throughSequence the last journal sequence the query covered (-1 for an empty journal): commands after it
 *                        were not yet applied when the query started.
 */
public record AuditResult(List<AuditEntry> entries, long scanned, long matched, boolean truncated,
    long throughSequence)
{
    /** Copies the entries. */
    public AuditResult
    {
        entries = List.copyOf(entries);
    }
}
