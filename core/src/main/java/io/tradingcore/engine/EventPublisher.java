package io.tradingcore.engine;

import com.lmax.disruptor.InsufficientCapacityException;
import com.lmax.disruptor.RingBuffer;
import io.tradingcore.event.AccountReport;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import io.tradingcore.event.ExecReport;
import io.tradingcore.event.PositionReport;
import io.tradingcore.event.SourceIds;
import org.agrona.DirectBuffer;

/**
 * The only way onto the ring. Producer threads (feeds, bridge sessions, the API, timers) call these
 * methods; each claims a slot, fills the input fields, stamps the journal sequence and publishes.
 * Thread-safe (multi-producer ring); a call blocks only while the ring is full, and the {@code try…}
 * variants never block. Allocation-free.
 */
public final class EventPublisher
{
    /** Returned by the {@code try…} calls when the ring is full. */
    public static final long NOT_PUBLISHED = -1;

    private final RingBuffer<Event> ring;
    private final long sequenceBase;
    private final SymbolRegistry symbols;
    private final EngineCounters counters;
    private volatile long lastTimeNanos;

    EventPublisher(
        final RingBuffer<Event> ring,
        final long sequenceBase,
        final SymbolRegistry symbols,
        final EngineCounters counters)
    {
        this.ring = ring;
        this.sequenceBase = sequenceBase;
        this.symbols = symbols;
        this.counters = counters;
    }

    /**
     * Interns {@code name}; the first time, publishes the SYMBOL event that defines its id.
     *
     * @param name      the symbol name, printable ASCII, at most {@link SymbolRegistry#MAX_NAME_LENGTH}.
     * @param timeNanos event time of the definition (the time of the first data for it).
     * @return the symbol id.
     */
    public int symbol(final String name, final long timeNanos)
    {
        return symbols.intern(name, id -> publishSymbol(id, name, timeNanos));
    }

    private void publishSymbol(final int id, final String name, final long timeNanos)
    {
        final long ringSequence = ring.next();
        try
        {
            final Event event = header(ringSequence, EventType.SYMBOL, SourceIds.ENGINE, -1, id, timeNanos);
            event.payloadLength = event.payload.putStringWithoutLengthAscii(0, name);
        }
        finally
        {
            publish(ringSequence);
        }
    }

    /** @return the name of symbol {@code symbolId}, or null when it is not defined. Any thread. */
    public String symbolName(final int symbolId)
    {
        return symbols.name(symbolId);
    }

    /** @return the number of symbols interned so far. */
    public int symbolCount()
    {
        return symbols.size();
    }

    /** Publishes a tick. {@code NaN} marks a price the source does not have. */
    public void tick(
        final short sourceId,
        final long sourcePosition,
        final int symbolId,
        final long timeNanos,
        final double bid,
        final double ask,
        final double last,
        final double volume)
    {
        fillTick(ring.next(), sourceId, sourcePosition, symbolId, timeNanos, bid, ask, last, volume);
    }

    /**
     * Publishes a tick if the ring has room, without ever waiting: for network threads that must not block.
     *
     * @return the journal sequence of the event, or {@link #NOT_PUBLISHED} (nothing published) when the ring
     *         is full; compare with {@code EngineCounters.journaledSequence} to know when it is durable.
     */
    public long tryTick(
        final short sourceId,
        final long sourcePosition,
        final int symbolId,
        final long timeNanos,
        final double bid,
        final double ask,
        final double last,
        final double volume)
    {
        final long ringSequence = tryClaim();
        if (ringSequence == NOT_PUBLISHED)
        {
            return NOT_PUBLISHED;
        }
        fillTick(ringSequence, sourceId, sourcePosition, symbolId, timeNanos, bid, ask, last, volume);
        return sequenceBase + ringSequence;
    }

    private void fillTick(final long ringSequence, final short sourceId, final long sourcePosition,
        final int symbolId, final long timeNanos, final double bid, final double ask, final double last,
        final double volume)
    {
        try
        {
            final Event event = header(ringSequence, EventType.TICK, sourceId, sourcePosition, symbolId, timeNanos);
            event.bid = bid;
            event.ask = ask;
            event.last = last;
            event.volume = volume;
        }
        finally
        {
            publish(ringSequence);
        }
    }

    /**
     * Publishes an execution report (the report's fields are copied) if the ring has room, without waiting.
     *
     * @return the journal sequence of the event, or {@link #NOT_PUBLISHED} (nothing published) when the ring
     *         is full; compare with {@code EngineCounters.journaledSequence} to know when it is durable.
     */
    public long tryExecReport(final short sourceId, final long sourcePosition, final int symbolId,
        final long timeNanos, final ExecReport report)
    {
        return tryCopy(EventType.EXEC_REPORT, sourceId, sourcePosition, symbolId, timeNanos, report);
    }

    /** Publishes the account's state (copied) if the ring has room, without waiting; as {@link #tryExecReport}. */
    public long tryAccount(final short sourceId, final long sourcePosition, final long timeNanos,
        final AccountReport account)
    {
        return tryCopy(EventType.ACCOUNT, sourceId, sourcePosition, -1, timeNanos, account);
    }

    /**
     * Publishes one entry of a positions snapshot (copied) if the ring has room, without waiting; as
     * {@link #tryExecReport}. A snapshot's entries must be published in order, by one producer.
     *
     * @param symbolId the entry's symbol, -1 for an empty snapshot.
     */
    public long tryPosition(final short sourceId, final long sourcePosition, final int symbolId,
        final long timeNanos, final PositionReport position)
    {
        return tryCopy(EventType.POSITION, sourceId, sourcePosition, symbolId, timeNanos, position);
    }

    /** Claims a slot if there is one, copies {@code body} (the report of {@code type}) into it and publishes it. */
    private long tryCopy(final byte type, final short sourceId, final long sourcePosition, final int symbolId,
        final long timeNanos, final Object body)
    {
        final long ringSequence = tryClaim();
        if (ringSequence == NOT_PUBLISHED)
        {
            return NOT_PUBLISHED;
        }
        try
        {
            final Event event = header(ringSequence, type, sourceId, sourcePosition, symbolId, timeNanos);
            switch (type)
            {
                case EventType.EXEC_REPORT -> event.execReport.copyFrom((ExecReport)body);
                case EventType.ACCOUNT -> event.account.copyFrom((AccountReport)body);
                default -> event.position.copyFrom((PositionReport)body);
            }
        }
        finally
        {
            publish(ringSequence);
        }
        return sequenceBase + ringSequence;
    }

    /** @return a claimed ring sequence, or {@link #NOT_PUBLISHED} when the ring is full (claims nothing). */
    private long tryClaim()
    {
        try
        {
            return ring.tryNext();
        }
        catch (final InsufficientCapacityException ex)
        {
            return NOT_PUBLISHED;
        }
    }

    /** @return true if at least {@code slots} events can be published now without waiting (racy with others). */
    public boolean hasCapacity(final int slots)
    {
        return ring.hasAvailableCapacity(slots);
    }

    /**
     * Publishes a ready-made bar. Its event time is the moment it completed ({@code openTime + period})
     * or, for a live partial bar, the time it was sent.
     */
    public void bar(
        final short sourceId,
        final long sourcePosition,
        final int symbolId,
        final long timeNanos,
        final byte timeframe,
        final long openTimeNanos,
        final double open,
        final double high,
        final double low,
        final double close,
        final double volume)
    {
        fillBar(ring.next(), sourceId, sourcePosition, symbolId, timeNanos, timeframe, openTimeNanos, open, high, low,
            close, volume);
    }

    /**
     * Publishes a ready-made bar if the ring has room, without waiting.
     *
     * @return the journal sequence of the event, or {@link #NOT_PUBLISHED} (nothing published) when the ring
     *         is full; compare with {@code EngineCounters.journaledSequence} to know when it is durable.
     */
    public long tryBar(
        final short sourceId,
        final long sourcePosition,
        final int symbolId,
        final long timeNanos,
        final byte timeframe,
        final long openTimeNanos,
        final double open,
        final double high,
        final double low,
        final double close,
        final double volume)
    {
        final long ringSequence = tryClaim();
        if (ringSequence == NOT_PUBLISHED)
        {
            return NOT_PUBLISHED;
        }
        fillBar(ringSequence, sourceId, sourcePosition, symbolId, timeNanos, timeframe, openTimeNanos, open, high, low,
            close, volume);
        return sequenceBase + ringSequence;
    }

    private void fillBar(final long ringSequence, final short sourceId, final long sourcePosition,
        final int symbolId, final long timeNanos, final byte timeframe, final long openTimeNanos, final double open,
        final double high, final double low, final double close, final double volume)
    {
        try
        {
            final Event event = header(ringSequence, EventType.BAR, sourceId, sourcePosition, symbolId, timeNanos);
            event.bar.set(symbolId, timeframe, openTimeNanos, open, high, low, close, volume, 0);
        }
        finally
        {
            publish(ringSequence);
        }
    }

    /** Publishes a timer firing at event time {@code timeNanos}. */
    public void timer(final short sourceId, final long sourcePosition, final long timeNanos)
    {
        final long ringSequence = ring.next();
        try
        {
            header(ringSequence, EventType.TIMER, sourceId, sourcePosition, -1, timeNanos);
        }
        finally
        {
            publish(ringSequence);
        }
    }

    /**
     * Publishes a command issued by the system (timers, snapshots, the CLI): an empty actor.
     *
     * @param payload body of the command, at most {@link Event#MAX_PAYLOAD} bytes.
     * @throws IllegalArgumentException if the payload is too large (nothing is published).
     */
    public void command(final short sourceId, final long sourcePosition, final long timeNanos, final int commandType,
        final long correlationId, final DirectBuffer payload, final int offset, final int length)
    {
        command(sourceId, "", sourcePosition, timeNanos, commandType, correlationId, payload, offset, length);
    }

    /**
     * Publishes a command issued by {@code actor}.
     *
     * @param actor   the id of the user who issued it: printable US-ASCII, at most {@link Event#MAX_ACTOR}
     *                characters; empty = the system.
     * @param payload body of the command, at most {@link Event#MAX_PAYLOAD} bytes.
     * @throws IllegalArgumentException if the payload is too large or the actor invalid (nothing is published).
     */
    public void command(final short sourceId, final CharSequence actor, final long sourcePosition,
        final long timeNanos, final int commandType, final long correlationId, final DirectBuffer payload,
        final int offset, final int length)
    {
        if (length < 0 || length > Event.MAX_PAYLOAD)
        {
            counters.rejectedInputs.incrementAndGet();
            throw new IllegalArgumentException("command " + CommandType.name(commandType) + " payload of " + length +
                " bytes exceeds the " + Event.MAX_PAYLOAD + "-byte limit");
        }
        try
        {
            Event.requireValidActor(actor);
        }
        catch (final IllegalArgumentException ex)
        {
            counters.rejectedInputs.incrementAndGet();
            throw ex;
        }
        final long ringSequence = ring.next();
        try
        {
            final Event event = header(ringSequence, EventType.COMMAND, sourceId, sourcePosition, -1, timeNanos);
            event.commandType = commandType;
            event.correlationId = correlationId;
            event.putActor(actor);
            event.payloadLength = length;
            if (length > 0)
            {
                event.payload.putBytes(0, payload, offset, length);
            }
        }
        finally
        {
            publish(ringSequence);
        }
    }

    private Event header(final long ringSequence, final byte type, final short sourceId, final long sourcePosition,
        final int symbolId, final long timeNanos)
    {
        final Event event = ring.get(ringSequence);
        event.sequence = sequenceBase + ringSequence;
        event.type = type;
        event.sourceId = sourceId;
        event.sourcePosition = sourcePosition;
        event.symbolId = symbolId;
        event.timeNanos = timeNanos;
        event.correlationId = 0;
        event.commandType = 0;
        event.payloadLength = 0;
        event.actorLength = 0;
        event.journalIndex = -1;
        if (timeNanos > lastTimeNanos)
        {
            lastTimeNanos = timeNanos;
        }
        return event;
    }

    private void publish(final long ringSequence)
    {
        ring.publish(ringSequence);
        counters.published.incrementAndGet();
    }

    /**
     * @return roughly the latest event time published (racy across producers): the time stamp for
     * housekeeping commands, so that they sit in the event-time order of the data around them.
     */
    public long lastTimeNanos()
    {
        return lastTimeNanos;
    }

    /** @return the sequence the next published event will get, if no other producer publishes first. */
    public long nextSequence()
    {
        return sequenceBase + ring.getCursor() + 1;
    }
}
