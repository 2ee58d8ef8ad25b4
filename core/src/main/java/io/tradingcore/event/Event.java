package io.tradingcore.event;

import org.agrona.concurrent.UnsafeBuffer;

/**
 * The ring entry: a flat, preallocated, mutable struct. One instance per ring slot, reused for every
 * event that passes through that slot; nothing here is allocated per event.
 *
 * <p>Ownership follows the Disruptor's sequencing: the producer writes the input fields, then the
 * journal handler and the logic stages read them (the logic stages also write the output fields),
 * then the output handler reads everything. Each field says who writes it.
 */
public final class Event
{
    /** Largest command or symbol-name payload, in bytes. */
    public static final int MAX_PAYLOAD = 2048;
    /** Longest command actor (a user id), in US-ASCII characters. */
    public static final int MAX_ACTOR = 64;

    // ---- input header: written by the producer (EventPublisher) ----

    /** Journal sequence: contiguous over the whole life of the journal, across restarts. */
    public long sequence;
    /** {@link EventType} code. */
    public byte type;
    /** Event time, epoch nanoseconds UTC. The logic never reads the wall clock. */
    public long timeNanos;
    /** Which producer this came from (a feed, a bridge session, the API); see {@link SourceIds}. */
    public short sourceId;
    /** The producer's own position (file row, bridge sequence): lets a source resume after restart. */
    public long sourcePosition;
    /** Interned symbol id, or -1 when the event has no symbol. */
    public int symbolId;

    // ---- written by the journal handler, read by the output handler ----

    /** Chronicle index of this event's journal record (used to seek replay after a snapshot). */
    public long journalIndex;

    // ---- TICK: written by the producer ----
    public double bid;
    public double ask;
    public double last;
    public double volume;

    // ---- BAR: written by the producer ----
    public final Bar bar = new Bar();

    // ---- EXEC_REPORT: written by the producer ----
    public final ExecReport execReport = new ExecReport();

    // ---- ACCOUNT and POSITION: written by the producer ----
    public final AccountReport account = new AccountReport();
    public final PositionReport position = new PositionReport();

    // ---- COMMAND and SYMBOL: written by the producer ----
    /** {@link CommandType} code for COMMAND events. */
    public int commandType;
    /** Id the requester waits on for the command's result (0 when nobody waits). */
    public long correlationId;
    /** Command body, or the symbol name (US-ASCII) for SYMBOL events. */
    public final UnsafeBuffer payload = new UnsafeBuffer(new byte[MAX_PAYLOAD]);
    public int payloadLength;
    /** Id of the user who issued the COMMAND (printable US-ASCII); empty = the system (timers, snapshots, CLI). */
    public final UnsafeBuffer actor = new UnsafeBuffer(new byte[MAX_ACTOR]);
    /** Length of {@link #actor} in bytes, 0..{@link #MAX_ACTOR}; reset to 0 with the header of every event. */
    public int actorLength;

    // ---- outputs: written by the logic stages, read by the output handler ----

    /** Bars closed while processing this event (written by the market stage). */
    public final BarList closedBars = new BarList(8);
    /** Feature values of the bars closed by this event, one row per feature set (written by the feature stage). */
    public final FeatureRows featureRows = new FeatureRows();
    /** Patterns recognised on the bars closed by this event (written by the pattern stage). */
    public final PatternMatches patternMatches = new PatternMatches();
    /** Agents' votes on the bars closed by this event (written by the agent stage). */
    public final Signal.List signals = new Signal.List();
    /** One record per consensus taken (agent stage), completed by the decision and risk stages. */
    public final DecisionRecord.List decisions = new DecisionRecord.List();
    /** Orders placed, execution reports applied or refused, reconciliation differences (risk stage). */
    public final OrderUpdate.List orderUpdates = new OrderUpdate.List();
    /** Result of a COMMAND ({@link CommandResult}); written by the stage that handles it. */
    public int commandResult;
    /** Set by the stage that recognises a COMMAND; a command no stage recognises is UNKNOWN_COMMAND. */
    public boolean commandHandled;
    /** Set by a stage whose snapshot part could not be written: the snapshot is then not sealed. */
    public boolean snapshotFailed;

    /** Clears the outputs; called by the pipeline before the first logic stage sees the event. */
    public void resetOutputs()
    {
        closedBars.clear();
        featureRows.clear();
        patternMatches.clear();
        signals.clear();
        decisions.clear();
        orderUpdates.clear();
        commandResult = CommandResult.OK;
        commandHandled = false;
        snapshotFailed = false;
    }

    /** @return true if the logic produced anything the output journal must record. */
    public boolean hasOutputs()
    {
        return closedBars.size() > 0 || featureRows.size() > 0 || patternMatches.size() > 0 ||
            signals.size() > 0 || decisions.size() > 0 || orderUpdates.size() > 0 ||
            (type == EventType.COMMAND && commandResult != CommandResult.OK);
    }

    /**
     * Copies the input fields (not the outputs) of {@code other}; used by replay and tests.
     *
     * @param other the event to copy.
     */
    public void copyInputFrom(final Event other)
    {
        sequence = other.sequence;
        type = other.type;
        timeNanos = other.timeNanos;
        sourceId = other.sourceId;
        sourcePosition = other.sourcePosition;
        symbolId = other.symbolId;
        bid = other.bid;
        ask = other.ask;
        last = other.last;
        volume = other.volume;
        bar.copyFrom(other.bar);
        execReport.copyFrom(other.execReport);
        account.copyFrom(other.account);
        position.copyFrom(other.position);
        commandType = other.commandType;
        correlationId = other.correlationId;
        payloadLength = other.payloadLength;
        payload.putBytes(0, other.payload, 0, other.payloadLength);
        actorLength = other.actorLength;
        actor.putBytes(0, other.actor, 0, other.actorLength);
    }

    /**
     * Sets {@link #actor}. Producer thread, before publishing; allocation-free.
     *
     * @param id the user id, printable US-ASCII (0x20..0x7E), at most {@link #MAX_ACTOR} characters; empty = the
     *           system. Checked first with {@link #requireValidActor}.
     */
    public void putActor(final CharSequence id)
    {
        final int length = id.length();
        for (int i = 0; i < length; i++)
        {
            actor.putByte(i, (byte)id.charAt(i));
        }
        actorLength = length;
    }

    /**
     * Checks a command actor without allocating (unless it is refused). Any thread.
     *
     * @param id the user id: printable US-ASCII (0x20..0x7E), at most {@link #MAX_ACTOR} characters; empty = the
     *           system.
     * @throws IllegalArgumentException naming what is wrong, if {@code id} is null, too long or not printable ASCII.
     */
    public static void requireValidActor(final CharSequence id)
    {
        if (id == null)
        {
            throw new IllegalArgumentException("actor: missing (use \"\" for the system)");
        }
        if (id.length() > MAX_ACTOR)
        {
            throw new IllegalArgumentException("actor: at most " + MAX_ACTOR + " characters, got " + id.length());
        }
        for (int i = 0; i < id.length(); i++)
        {
            final char c = id.charAt(i);
            if (c < 0x20 || c > 0x7E)
            {
                throw new IllegalArgumentException("actor: only printable US-ASCII, got character " + (int)c +
                    " at index " + i);
            }
        }
    }

    /** @return the id of the user who issued the COMMAND, "" for the system (allocates; not for the hot path). */
    public String actor()
    {
        return actor.getStringWithoutLengthAscii(0, actorLength);
    }

    /** @return the payload as US-ASCII text (allocates; not for the hot path). */
    public String payloadAscii()
    {
        return payload.getStringWithoutLengthAscii(0, payloadLength);
    }

    @Override
    public String toString()
    {
        return "Event{seq=" + sequence + ", type=" + EventType.name(type) + ", time=" + timeNanos +
            ", source=" + sourceId + "@" + sourcePosition + ", symbol=" + symbolId + '}';
    }
}
