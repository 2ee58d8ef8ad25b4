package io.tradingcore.agent;

import io.tradingcore.event.CommandType;
import io.tradingcore.event.Event;
import io.tradingcore.event.PayloadReader;
import io.tradingcore.event.PayloadWriter;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Payloads of the journaled external-agent commands (codes 20-23 of {@link CommandType}). Little-endian; a string
 * is a u16 byte length followed by UTF-8 bytes; a payload is at most {@link Event#MAX_PAYLOAD} bytes.
 *
 * <pre>
 *   AGENT_REGISTER   (20): version u8 (1) | id str | name str | kind str | weight f64 |
 *                          symbolCount u16 | symbol str x symbolCount
 *   AGENT_DEREGISTER (21): version u8 (1) | id str
 *   AGENT_SIGNAL     (22): version u8 (1) | id str | symbol str | direction i8 | strength f64 | confidence f64
 *   AGENT_HEARTBEAT  (23): version u8 (1) | id str
 * </pre>
 *
 * Decoding validates every field and throws IllegalArgumentException naming it, so the HTTP layer can answer 400
 * with the same message. Stateless and thread-safe; allocates (commands are not the per-tick hot path).
 */
public final class AgentCommands
{
    /** Payload format version, the first byte of every payload. */
    public static final byte VERSION = 1;
    /** Most symbols an external agent may name. */
    public static final int MAX_SYMBOLS = 16;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,32}");

    private AgentCommands()
    {
    }

    /**
     * An external agent's registration (or update, for a known id).
     *
     * @param id      1 to 32 characters of A-Z a-z 0-9 _ . -.
     * @param name    1 to 64 characters.
     * @param kind    1 to 32 characters, e.g. {@code ml} or {@code sentiment}.
     * @param symbols symbols it signals, at most {@value #MAX_SYMBOLS}, each once; empty = every symbol.
     * @param weight  initial weight in the consensus, &gt; 0 and finite.
     */
    public record Register(String id, String name, String kind, List<String> symbols, double weight)
    {
        /** @throws IllegalArgumentException naming the first invalid field. */
        public Register
        {
            requireId(id);
            requireText("name", name, 64);
            requireText("kind", kind, 32);
            if (symbols == null)
            {
                throw new IllegalArgumentException("symbols: missing");
            }
            symbols = List.copyOf(symbols);
            if (symbols.size() > MAX_SYMBOLS)
            {
                throw new IllegalArgumentException("symbols: at most " + MAX_SYMBOLS + ", got " + symbols.size());
            }
            for (int i = 0; i < symbols.size(); i++)
            {
                requireText("symbols[" + i + "]", symbols.get(i), 64);
            }
            if (new HashSet<>(symbols).size() != symbols.size())
            {
                throw new IllegalArgumentException("symbols: a symbol is listed twice");
            }
            if (!(weight > 0) || !Double.isFinite(weight))
            {
                throw new IllegalArgumentException("weight: must be > 0 and finite, got " + weight);
            }
        }

        /** @return true if the agent signals {@code symbol}. */
        public boolean covers(final String symbol)
        {
            return symbols.isEmpty() || symbols.contains(symbol);
        }
    }

    /**
     * An external agent's vote on a symbol, valid for every closed bar of the symbol until replaced, until its
     * time to live passes or while the agent is stale.
     *
     * @param id         the registered agent's id.
     * @param symbol     the symbol.
     * @param direction  +1 buy, -1 sell, 0 no opinion.
     * @param strength   0..1.
     * @param confidence 0..1.
     */
    public record ExternalSignal(String id, String symbol, int direction, double strength, double confidence)
    {
        /** @throws IllegalArgumentException naming the first invalid field. */
        public ExternalSignal
        {
            requireId(id);
            requireText("symbol", symbol, 64);
            if (direction < -1 || direction > 1)
            {
                throw new IllegalArgumentException("direction: must be -1, 0 or 1, got " + direction);
            }
            requireUnit("strength", strength);
            requireUnit("confidence", confidence);
        }
    }

    /** @return the payload length of {@code register} written at offset 0 of {@code buffer}. */
    public static int encodeRegister(final Register register, final MutableDirectBuffer buffer)
    {
        final PayloadWriter writer = writer(buffer, register.id());
        writer.string(register.name());
        writer.string(register.kind());
        writer.f64(register.weight());
        writer.u16(register.symbols().size());
        register.symbols().forEach(writer::string);
        return writer.length();
    }

    /** @return the payload length of a DEREGISTER or HEARTBEAT of agent {@code id}. */
    public static int encodeId(final String id, final MutableDirectBuffer buffer)
    {
        requireId(id);
        return writer(buffer, id).length();
    }

    /** @return the payload length of {@code signal} written at offset 0 of {@code buffer}. */
    public static int encodeSignal(final ExternalSignal signal, final MutableDirectBuffer buffer)
    {
        final PayloadWriter writer = writer(buffer, signal.id());
        writer.string(signal.symbol());
        writer.u8(signal.direction());
        writer.f64(signal.strength());
        writer.f64(signal.confidence());
        return writer.length();
    }

    /** @throws IllegalArgumentException naming the field that is missing or invalid. */
    public static Register decodeRegister(final DirectBuffer buffer, final int length)
    {
        final PayloadReader reader = new PayloadReader(buffer, length, "agent command", VERSION);
        final String id = reader.string("id");
        final String name = reader.string("name");
        final String kind = reader.string("kind");
        final double weight = reader.f64("weight");
        final int count = reader.u16("symbols count");
        if (count > MAX_SYMBOLS)
        {
            throw new IllegalArgumentException("symbols: at most " + MAX_SYMBOLS + ", got " + count);
        }
        final List<String> symbols = new ArrayList<>(count);
        for (int i = 0; i < count; i++)
        {
            symbols.add(reader.string("symbols[" + i + "]"));
        }
        reader.end();
        return new Register(id, name, kind, symbols, weight);
    }

    /** @return the agent id of a DEREGISTER or HEARTBEAT payload. */
    public static String decodeId(final DirectBuffer buffer, final int length)
    {
        final PayloadReader reader = new PayloadReader(buffer, length, "agent command", VERSION);
        final String id = reader.string("id");
        reader.end();
        requireId(id);
        return id;
    }

    /** @throws IllegalArgumentException naming the field that is missing or invalid. */
    public static ExternalSignal decodeSignal(final DirectBuffer buffer, final int length)
    {
        final PayloadReader reader = new PayloadReader(buffer, length, "agent command", VERSION);
        final String id = reader.string("id");
        final String symbol = reader.string("symbol");
        final int direction = reader.i8("direction");
        final double strength = reader.f64("strength");
        final double confidence = reader.f64("confidence");
        reader.end();
        return new ExternalSignal(id, symbol, direction, strength, confidence);
    }

    private static void requireId(final String id)
    {
        if (id == null || !ID.matcher(id).matches())
        {
            throw new IllegalArgumentException("id: must be 1 to 32 characters of A-Z a-z 0-9 _ . -, got " +
                (id == null ? "nothing" : "'" + id + "'"));
        }
    }

    private static void requireText(final String field, final String value, final int maxLength)
    {
        if (value == null || value.isBlank() || value.length() > maxLength)
        {
            throw new IllegalArgumentException(field + ": must be 1 to " + maxLength + " characters, got " +
                (value == null ? "nothing" : "'" + value + "'"));
        }
    }

    private static void requireUnit(final String field, final double value)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new IllegalArgumentException(field + ": must be in [0, 1], got " + value);
        }
    }

    private static PayloadWriter writer(final MutableDirectBuffer buffer, final String id)
    {
        return new PayloadWriter(buffer, "agent command", VERSION).string(id);
    }
}
