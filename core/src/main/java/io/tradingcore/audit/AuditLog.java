package io.tradingcore.audit;

import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventCodec;
import io.tradingcore.event.EventType;
import io.tradingcore.event.OutputCodec;
import io.tradingcore.journal.Journal;
import io.tradingcore.journal.JournalQueue;
import io.tradingcore.journal.OutputRecords;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The audit trail read back from the journal: every COMMAND event in journal order, with its actor, what it was
 * about ({@link CommandDescriptions}), its result and the state of its target before and after.
 *
 * <p>A query opens its own readers (Chronicle tailers) on the input and output queues and closes them before it
 * returns; it never appends, so the engine's writers are not disturbed. The result of a command is in the output
 * journal when it is not OK (an output record with the command's sequence as cause); no record means OK. Only
 * events up to the engine's applied sequence are read, so every result read is final. The whole journal is read
 * on every query, from the first record: the before/after chains need every earlier command.
 *
 * <p>Thread-safe: any thread but the logic thread; queries run one at a time (a query waits for the one before).
 */
public final class AuditLog
{
    private final JournalQueue input;
    private final JournalQueue output;
    private final LongSupplier appliedSequence;
    private final Event event = new Event();
    private final UnsafeBuffer inputRecord = new UnsafeBuffer(new byte[EventCodec.MAX_LENGTH]);
    private UnsafeBuffer outputRecord;

    /** The state of one target: its owner and its last described state. */
    private record State(String owner, Map<String, Object> after)
    {
    }

    /** Where the output reader is: the cause and command result of the record read last. */
    private static final class OutputCursor
    {
        long cause = -1;
        int result = CommandResult.OK;
    }

    /**
     * @param journal         the engine's journal (or one opened read-only).
     * @param appliedSequence the sequence of the last event whose outputs the engine recorded (the engine counters'
     *                        {@code processedSequence}); {@code () -> Long.MAX_VALUE} for a journal no engine writes.
     */
    public AuditLog(final Journal journal, final LongSupplier appliedSequence)
    {
        this.input = journal.input();
        this.output = journal.output();
        this.appliedSequence = appliedSequence;
    }

    /**
     * @param query what to look for.
     * @return the matching entries, newest first; as {@link #scan}.
     */
    public List<AuditEntry> query(final AuditQuery query)
    {
        return scan(query).entries();
    }

    /**
     * Reads the journal from the start up to the applied sequence and returns the newest commands that match.
     *
     * @param query what to look for.
     * @return the entries with what the scan covered.
     * @throws IllegalStateException if the journal is closed meanwhile.
     * @throws io.tradingcore.event.JournalFormatException if a record is malformed.
     */
    public synchronized AuditResult scan(final AuditQuery query)
    {
        final long bound = appliedSequence.getAsLong();
        final ArrayDeque<AuditEntry> newest = new ArrayDeque<>(Math.min(query.limit(), 64));
        final Map<String, State> states = new HashMap<>();
        final OutputCursor cursor = new OutputCursor();
        long scanned = 0;
        long matched = 0;
        long last = -1;
        try (JournalQueue.Reader in = input.reader(); JournalQueue.Reader out = output.reader())
        {
            int length;
            while ((length = in.next(inputRecord)) >= 0)
            {
                final long sequence = inputRecord.getLong(EventCodec.SEQUENCE_OFFSET, EventCodec.ORDER);
                if (sequence > bound)
                {
                    break;
                }
                scanned++;
                if (sequence <= last)
                {
                    continue;
                }
                last = sequence;
                if (inputRecord.getByte(EventCodec.TYPE_OFFSET) != EventType.COMMAND)
                {
                    continue;
                }
                EventCodec.decode(inputRecord, length, event);
                final AuditEntry entry = apply(states, resultOf(out, sequence, cursor));
                if (accepts(query, entry))
                {
                    matched++;
                    if (newest.size() == query.limit())
                    {
                        newest.pollFirst();
                    }
                    newest.addLast(entry);
                }
            }
        }
        final List<AuditEntry> entries = new ArrayList<>(newest.size());
        newest.descendingIterator().forEachRemaining(entries::add);
        return new AuditResult(entries, scanned, matched, matched > entries.size(), last);
    }

    private static boolean accepts(final AuditQuery query, final AuditEntry entry)
    {
        return query.acceptsTime(entry.timeNanos()) && query.acceptsUser(entry.actor(), entry.owner()) &&
            query.acceptsKind(entry.kind(), entry.family());
    }

    private int resultOf(final JournalQueue.Reader out, final long sequence, final OutputCursor cursor)
    {
        while (cursor.cause < sequence)
        {
            if (outputRecord == null)
            {
                outputRecord = new UnsafeBuffer(new byte[OutputRecords.MAX_LENGTH]);
            }
            if (out.next(outputRecord) < 0)
            {
                cursor.cause = Long.MAX_VALUE;
                break;
            }
            cursor.cause = OutputCodec.causeSequence(outputRecord);
            cursor.result = outputRecord.getInt(OutputCodec.COMMAND_RESULT_OFFSET, EventCodec.ORDER);
        }
        return cursor.cause == sequence ? cursor.result : CommandResult.OK;
    }

    private AuditEntry apply(final Map<String, State> states, final int result)
    {
        final CommandDescriptions.Described described =
            CommandDescriptions.describe(event.commandType, event.payload, event.payloadLength);
        final String key = described.target() == null ? null : described.family() + '\u0000' + described.target();
        final State previous = key == null ? null : states.get(key);
        final String owner = described.owner() != null ? described.owner() :
            previous != null ? previous.owner() : null;
        final boolean ok = result == CommandResult.OK;
        final Map<String, Object> after = ok && !described.delete() ? described.fields() : null;
        if (ok && key != null)
        {
            if (described.delete())
            {
                states.remove(key);
                if (event.commandType == CommandType.USER_DELETE)
                {
                    removeOwnedBy(states, described.target());
                }
            }
            else
            {
                states.put(key, new State(owner, after));
            }
        }
        final String actor = event.actorLength == 0 ? AuditEntry.SYSTEM : event.actor();
        return new AuditEntry(event.sequence, event.timeNanos, actor, CommandType.name(event.commandType),
            described.family(), described.target(), owner, CommandResult.name(result), described.fields(),
            previous == null ? null : previous.after(), after);
    }

    /** A deleted user's API keys and configurations go with them (as the configuration stage does). */
    private static void removeOwnedBy(final Map<String, State> states, final String user)
    {
        final Iterator<Map.Entry<String, State>> it = states.entrySet().iterator();
        while (it.hasNext())
        {
            final Map.Entry<String, State> state = it.next();
            final boolean owned = user.equals(state.getValue().owner());
            final String key = state.getKey();
            if (owned && (key.startsWith("API_KEY\u0000") || key.startsWith("USER_CONFIG\u0000")))
            {
                it.remove();
            }
        }
    }
}
