package io.tradingcore.agent;

import org.agrona.collections.Object2IntHashMap;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The registry of external agents: at most {@link ExternalConfig#maxAgents()} registrations in slots (an agent's id
 * in the stage is {@link #FIRST_ID} + slot, the lowest free slot at registration), each with the time it was last
 * seen (register, signal or heartbeat; event time) and its latest signal per symbol. An agent is stale when
 * {@code now - lastSeen > staleAfter}; a stale agent's signals do not count, and a signal older than the signal TTL
 * never counts. Logic thread only: {@link #live} and the per-signal accessors allocate nothing; registration
 * commands and SYMBOL events allocate.
 */
public final class ExternalAgents
{
    /** The id of the agent in slot 0; built-in agents are 1..n. */
    public static final int FIRST_ID = 1000;
    private static final long NONE = Long.MIN_VALUE;

    private final ExternalConfig config;
    private final AgentCommands.Register[] registrations;
    private final long[] lastSeen;
    private final long[] signalsReceived;
    private final byte[] lastDirections;
    private final double[] lastStrengths;
    private final double[] lastConfidences;
    private final long[] lastSignalTimes;
    private final Object2IntHashMap<String> slots = new Object2IntHashMap<>(-1);
    private int symbolCapacity;
    private byte[] directions;
    private double[] strengths;
    private double[] confidences;
    private long[] signalTimes;

    /** @param config slot count and liveness limits. */
    public ExternalAgents(final ExternalConfig config)
    {
        this.config = config;
        final int max = config.maxAgents();
        this.registrations = new AgentCommands.Register[max];
        this.lastSeen = new long[max];
        this.signalsReceived = new long[max];
        this.lastDirections = new byte[max];
        this.lastStrengths = new double[max];
        this.lastConfidences = new double[max];
        this.lastSignalTimes = new long[max];
        allocateSymbols(16);
    }

    /** @return how many slots. */
    public int capacity()
    {
        return registrations.length;
    }

    /** Makes room for the latest signals of symbol ids below {@code symbolCount} (on a SYMBOL event). */
    public void ensureSymbols(final int symbolCount)
    {
        if (symbolCount <= symbolCapacity)
        {
            return;
        }
        final int oldCapacity = symbolCapacity;
        final byte[] oldDirections = directions;
        final double[] oldStrengths = strengths;
        final double[] oldConfidences = confidences;
        final long[] oldTimes = signalTimes;
        allocateSymbols(Math.max(symbolCount, oldCapacity * 2));
        for (int slot = 0; slot < capacity(); slot++)
        {
            System.arraycopy(oldDirections, slot * oldCapacity, directions, slot * symbolCapacity, oldCapacity);
            System.arraycopy(oldStrengths, slot * oldCapacity, strengths, slot * symbolCapacity, oldCapacity);
            System.arraycopy(oldConfidences, slot * oldCapacity, confidences, slot * symbolCapacity, oldCapacity);
            System.arraycopy(oldTimes, slot * oldCapacity, signalTimes, slot * symbolCapacity, oldCapacity);
        }
    }

    private void allocateSymbols(final int capacity)
    {
        symbolCapacity = capacity;
        directions = new byte[capacity() * capacity];
        strengths = new double[capacity() * capacity];
        confidences = new double[capacity() * capacity];
        signalTimes = new long[capacity() * capacity];
        Arrays.fill(signalTimes, NONE);
    }

    /** @return the slot of agent {@code id}, or -1 if it is not registered. */
    public int find(final String id)
    {
        return slots.getValue(id);
    }

    /** @return the registration in {@code slot}, or null if the slot is free. */
    public AgentCommands.Register registration(final int slot)
    {
        return registrations[slot];
    }

    /**
     * Registers a new agent in the lowest free slot, seen at {@code timeNanos}.
     *
     * @return the slot, or -1 when every slot is taken.
     */
    public int add(final AgentCommands.Register register, final long timeNanos)
    {
        for (int slot = 0; slot < capacity(); slot++)
        {
            if (registrations[slot] == null)
            {
                registrations[slot] = register;
                slots.put(register.id(), slot);
                lastSeen[slot] = timeNanos;
                signalsReceived[slot] = 0;
                lastDirections[slot] = 0;
                lastStrengths[slot] = 0;
                lastConfidences[slot] = 0;
                lastSignalTimes[slot] = NONE;
                clearSignals(slot, null);
                return slot;
            }
        }
        return -1;
    }

    /**
     * Replaces a known agent's name, kind, symbols and weight; forgets its signals of symbols it no longer covers.
     *
     * @param symbolNames symbol names by id.
     */
    public void update(final int slot, final AgentCommands.Register register, final long timeNanos,
        final List<String> symbolNames)
    {
        registrations[slot] = register;
        lastSeen[slot] = timeNanos;
        clearSignals(slot, symbolNames);
    }

    /** Frees a slot. */
    public void remove(final int slot)
    {
        slots.removeKey(registrations[slot].id());
        registrations[slot] = null;
        clearSignals(slot, null);
    }

    /** Marks the agent seen at {@code timeNanos}. */
    public void heartbeat(final int slot, final long timeNanos)
    {
        lastSeen[slot] = Math.max(lastSeen[slot], timeNanos);
    }

    /** Stores the agent's latest signal for a symbol; the agent is seen at {@code timeNanos}. */
    public void signal(final int slot, final int symbolId, final AgentCommands.ExternalSignal signal,
        final long timeNanos)
    {
        heartbeat(slot, timeNanos);
        final int index = slot * symbolCapacity + symbolId;
        directions[index] = (byte)signal.direction();
        strengths[index] = signal.strength();
        confidences[index] = signal.confidence();
        signalTimes[index] = timeNanos;
        signalsReceived[slot]++;
        lastDirections[slot] = (byte)signal.direction();
        lastStrengths[slot] = signal.strength();
        lastConfidences[slot] = signal.confidence();
        lastSignalTimes[slot] = timeNanos;
    }

    /** @return true if {@code slot} holds an agent silent for longer than the stale limit at {@code nowNanos}. */
    public boolean stale(final int slot, final long nowNanos)
    {
        return registrations[slot] != null && nowNanos - lastSeen[slot] > config.staleAfterNanos();
    }

    /**
     * @return true if the agent in {@code slot} is registered, not stale and has a signal for the symbol no older
     *         than the signal TTL at {@code nowNanos}: the signal then counts in the consensus of the symbol's bars.
     */
    public boolean live(final int slot, final int symbolId, final long nowNanos)
    {
        if (registrations[slot] == null || symbolId < 0 || symbolId >= symbolCapacity || stale(slot, nowNanos))
        {
            return false;
        }
        final long time = signalTimes[slot * symbolCapacity + symbolId];
        return time != NONE && nowNanos - time <= config.signalTtlNanos();
    }

    /** @return the direction (+1/-1/0) of the agent's latest signal for the symbol (check {@link #live} first). */
    public byte direction(final int slot, final int symbolId)
    {
        return directions[slot * symbolCapacity + symbolId];
    }

    /** @return the strength of the agent's latest signal for the symbol (check {@link #live} first). */
    public double strength(final int slot, final int symbolId)
    {
        return strengths[slot * symbolCapacity + symbolId];
    }

    /** @return the confidence of the agent's latest signal for the symbol (check {@link #live} first). */
    public double confidence(final int slot, final int symbolId)
    {
        return confidences[slot * symbolCapacity + symbolId];
    }

    /** @return event time of the agent's latest signal for the symbol, {@link Long#MIN_VALUE} if none. */
    public long signalTime(final int slot, final int symbolId)
    {
        return symbolId < symbolCapacity ? signalTimes[slot * symbolCapacity + symbolId] : NONE;
    }

    /** @return the event time the agent was last seen. */
    public long lastSeen(final int slot)
    {
        return lastSeen[slot];
    }

    /** @return SIGNAL commands accepted from the agent since it registered. */
    public long signalsReceived(final int slot)
    {
        return signalsReceived[slot];
    }

    /** @return the direction of the agent's last accepted signal, any symbol (0 if none). */
    public byte lastDirection(final int slot)
    {
        return lastDirections[slot];
    }

    /** @return the strength of the agent's last accepted signal, any symbol (0 if none). */
    public double lastStrength(final int slot)
    {
        return lastStrengths[slot];
    }

    /** @return the confidence of the agent's last accepted signal, any symbol (0 if none). */
    public double lastConfidence(final int slot)
    {
        return lastConfidences[slot];
    }

    /** @return the event time of the agent's last accepted signal, {@link Long#MIN_VALUE} if none. */
    public long lastSignalTime(final int slot)
    {
        return lastSignalTimes[slot];
    }

    /** Forgets a slot's signals: all of them, or (with names) those of symbols it no longer covers. */
    private void clearSignals(final int slot, final List<String> symbolNames)
    {
        for (int symbol = 0; symbol < symbolCapacity; symbol++)
        {
            if (symbolNames == null || symbol >= symbolNames.size() ||
                !registrations[slot].covers(symbolNames.get(symbol)))
            {
                signalTimes[slot * symbolCapacity + symbol] = NONE;
            }
        }
    }

    /** Writes every registration, its times, counts and latest signals, in slot order. */
    public void writeState(final DataOutput out) throws IOException
    {
        out.writeInt(capacity());
        out.writeInt(symbolCapacity);
        for (int slot = 0; slot < capacity(); slot++)
        {
            final AgentCommands.Register register = registrations[slot];
            out.writeBoolean(register != null);
            if (register == null)
            {
                continue;
            }
            writeRegistration(out, register);
            out.writeLong(lastSeen[slot]);
            out.writeLong(signalsReceived[slot]);
            out.writeByte(lastDirections[slot]);
            out.writeDouble(lastStrengths[slot]);
            out.writeDouble(lastConfidences[slot]);
            out.writeLong(lastSignalTimes[slot]);
            for (int symbol = 0; symbol < symbolCapacity; symbol++)
            {
                final int index = slot * symbolCapacity + symbol;
                out.writeLong(signalTimes[index]);
                if (signalTimes[index] != NONE)
                {
                    out.writeByte(directions[index]);
                    out.writeDouble(strengths[index]);
                    out.writeDouble(confidences[index]);
                }
            }
        }
    }

    /** Replaces the registry with one written by {@link #writeState} under the same config. */
    public void readState(final DataInput in) throws IOException
    {
        final int count = in.readInt();
        if (count != capacity())
        {
            throw new IOException("external agents snapshot has " + count + " slots, expected " + capacity());
        }
        allocateSymbols(in.readInt());
        slots.clear();
        Arrays.fill(registrations, null);
        for (int slot = 0; slot < count; slot++)
        {
            if (!in.readBoolean())
            {
                continue;
            }
            registrations[slot] = readRegistration(in);
            slots.put(registrations[slot].id(), slot);
            lastSeen[slot] = in.readLong();
            signalsReceived[slot] = in.readLong();
            lastDirections[slot] = in.readByte();
            lastStrengths[slot] = in.readDouble();
            lastConfidences[slot] = in.readDouble();
            lastSignalTimes[slot] = in.readLong();
            for (int symbol = 0; symbol < symbolCapacity; symbol++)
            {
                final int index = slot * symbolCapacity + symbol;
                signalTimes[index] = in.readLong();
                if (signalTimes[index] != NONE)
                {
                    directions[index] = in.readByte();
                    strengths[index] = in.readDouble();
                    confidences[index] = in.readDouble();
                }
            }
        }
    }

    private static void writeRegistration(final DataOutput out, final AgentCommands.Register register)
        throws IOException
    {
        out.writeUTF(register.id());
        out.writeUTF(register.name());
        out.writeUTF(register.kind());
        out.writeDouble(register.weight());
        out.writeInt(register.symbols().size());
        for (final String symbol : register.symbols())
        {
            out.writeUTF(symbol);
        }
    }

    private static AgentCommands.Register readRegistration(final DataInput in) throws IOException
    {
        final String id = in.readUTF();
        final String name = in.readUTF();
        final String kind = in.readUTF();
        final double weight = in.readDouble();
        final int count = in.readInt();
        final List<String> symbols = new ArrayList<>(count);
        for (int i = 0; i < count; i++)
        {
            symbols.add(in.readUTF());
        }
        return new AgentCommands.Register(id, name, kind, symbols, weight);
    }
}
