package io.tradingcore.journal;

/**
 * When the journal forces its memory-mapped pages to disk (msync). See docs/operations.md, "What the
 * journal guarantees".
 */
public enum Fsync
{
    /** Never force: survives a process crash (the OS page cache holds the data), not a power loss. */
    NONE,
    /** Force at the end of each Disruptor batch: group commit, survives a power loss once acknowledged. */
    BATCH,
    /** Force after every record: slowest, survives a power loss record by record. */
    EVERY;

    /**
     * @param text {@code none}, {@code batch} or {@code every}, any case.
     * @return the policy.
     */
    public static Fsync parse(final String text)
    {
        for (final Fsync value : values())
        {
            if (value.name().equalsIgnoreCase(text))
            {
                return value;
            }
        }
        throw new IllegalArgumentException("journal.fsync must be one of none, batch, every; was '" + text + "'");
    }
}
