package io.tradingcore.mt5;

import java.util.Locale;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import io.tradingcore.mt5.BridgeLayout.Field;

import static io.tradingcore.mt5.BridgeProtocol.BYTE_ORDER;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_MALFORMED;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_TOO_LARGE;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_UNKNOWN_TYPE;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_UNSUPPORTED_VERSION;
import static io.tradingcore.mt5.BridgeProtocol.FLAGS_OFFSET;
import static io.tradingcore.mt5.BridgeProtocol.HEADER_LENGTH;
import static io.tradingcore.mt5.BridgeProtocol.LENGTH_OFFSET;
import static io.tradingcore.mt5.BridgeProtocol.MAX_FRAME_LENGTH;
import static io.tradingcore.mt5.BridgeProtocol.POSITIONS_ENTRY_LENGTH;
import static io.tradingcore.mt5.BridgeProtocol.POSITIONS_SNAPSHOT_FIXED_LENGTH;
import static io.tradingcore.mt5.BridgeProtocol.SEQUENCE_OFFSET;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_HELLO;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_OFFSET;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_POSITIONS_SNAPSHOT;
import static io.tradingcore.mt5.BridgeProtocol.VERSION;
import static io.tradingcore.mt5.BridgeProtocol.VERSION_OFFSET;

/**
 * Frame-level codec of the MT5 bridge protocol (docs/mt5-protocol.md): header accessors, and the two checks a
 * receiver runs on every frame before it wraps a flyweight over it.
 * <ol>
 * <li>{@link #validate}: every structural rule (error codes 1-4 of "Errors and limits"); a frame that fails it
 * closes the connection.</li>
 * <li>{@link #checkValues}: the value rules (code 10 INVALID_VALUE); a frame that fails it is dropped.</li>
 * </ol>
 * Both throw only {@link BridgeProtocolException}, whatever the bytes, allocate nothing when the frame is good, and
 * say in the message what is wrong and where (offsets relative to the frame start). Stateless and thread-safe.
 */
public final class BridgeCodec
{
    private BridgeCodec()
    {
    }

    /** The header's {@code length} (u32 bits as an int; a value above 2^31 - 1 reads negative). */
    public static int frameLength(final DirectBuffer buffer, final int offset)
    {
        return buffer.getInt(offset + LENGTH_OFFSET, BYTE_ORDER);
    }

    /** The header's {@code type} (u16). */
    public static int type(final DirectBuffer buffer, final int offset)
    {
        return buffer.getShort(offset + TYPE_OFFSET, BYTE_ORDER) & 0xffff;
    }

    /** The header's {@code ver} (u8). */
    public static int version(final DirectBuffer buffer, final int offset)
    {
        return buffer.getByte(offset + VERSION_OFFSET) & 0xff;
    }

    /** The header's {@code flags} (u8). */
    public static int flags(final DirectBuffer buffer, final int offset)
    {
        return buffer.getByte(offset + FLAGS_OFFSET) & 0xff;
    }

    /** The header's {@code sequence} (u64 bits as a long). */
    public static long sequence(final DirectBuffer buffer, final int offset)
    {
        return buffer.getLong(offset + SEQUENCE_OFFSET, BYTE_ORDER);
    }

    /** Writes a header: {@code length}, {@code type}, version 1, flags 0, {@code sequence}. */
    public static void writeHeader(
        final MutableDirectBuffer buffer, final int offset, final int length, final int type, final long sequence)
    {
        buffer.putInt(offset + LENGTH_OFFSET, length, BYTE_ORDER);
        buffer.putShort(offset + TYPE_OFFSET, (short)type, BYTE_ORDER);
        buffer.putByte(offset + VERSION_OFFSET, (byte)VERSION);
        buffer.putByte(offset + FLAGS_OFFSET, (byte)0);
        buffer.putLong(offset + SEQUENCE_OFFSET, sequence, BYTE_ORDER);
    }

    /**
     * For a stream reader: the length of the frame starting at {@code offset} when {@code availableLength} bytes
     * hold all of it, 0 when more bytes are needed. The length field is checked as soon as its 4 bytes are there
     * ("checked before the body is read").
     *
     * @throws BridgeProtocolException TOO_LARGE when the length is outside 16 .. 65536.
     */
    public static int completeFrameLength(final DirectBuffer buffer, final int offset, final int availableLength)
    {
        if (availableLength < LENGTH_OFFSET + Integer.BYTES)
        {
            return 0;
        }
        final int length = checkLengthField(buffer, offset, availableLength);
        return availableLength >= length ? length : 0;
    }

    /**
     * Applies every structural rule of the document to the frame at {@code offset} and returns its length. In
     * order: length 16 .. 65536 (TOO_LARGE), the whole frame available (MALFORMED), version 1
     * (UNSUPPORTED_VERSION), known type (UNKNOWN_TYPE), then MALFORMED for flags not 0, the wrong direction, a
     * length other than 16 + the type's body length (POSITIONS_SNAPSHOT: 32 + 96 x count), and per field in
     * offset order: a non-finite f64, a non-zero reserved byte, a text field that is not valid UTF-8 (symbols and
     * currencies: printable ASCII) or has a non-zero byte after its first zero byte; last, a HELLO whose
     * minVersion .. maxVersion does not include 1 (UNSUPPORTED_VERSION). Value ranges are {@link #checkValues}'s.
     *
     * @param availableLength readable bytes from {@code offset}; at least the frame's length, bytes beyond it (the
     *                        next frames of a stream) are not examined.
     * @param fromClientSide  true when the client sent the frame (the server validating what it receives).
     * @return the frame length.
     * @throws BridgeProtocolException  with code 1, 2, 3 or 4, whatever the bytes.
     * @throws IllegalArgumentException when {@code offset} and {@code availableLength} are not within the buffer.
     */
    public static int validate(
        final DirectBuffer buffer, final int offset, final int availableLength, final boolean fromClientSide)
    {
        if (offset < 0 || availableLength < 0 || (long)offset + availableLength > buffer.capacity())
        {
            throw new IllegalArgumentException("offset " + offset + " and length " + availableLength +
                " are not within the buffer's " + buffer.capacity() + " bytes");
        }
        final int length = checkAvailable(buffer, offset, availableLength);
        final long sequence = sequence(buffer, offset);
        final int version = version(buffer, offset);
        if (version != VERSION)
        {
            throw new BridgeProtocolException(ERROR_UNSUPPORTED_VERSION, sequence, "frame " + unsigned(sequence) +
                ": version " + version + " at offset " + VERSION_OFFSET + " is not supported, only " + VERSION);
        }
        final int type = type(buffer, offset);
        final Field[] fields = BridgeLayout.body(type);
        if (fields == null)
        {
            throw new BridgeProtocolException(ERROR_UNKNOWN_TYPE, sequence, "frame " + unsigned(sequence) +
                ": unknown type " + type + " at offset " + TYPE_OFFSET);
        }
        final int flags = flags(buffer, offset);
        if (flags != 0)
        {
            throw malformed(type, sequence, "field flags at offset " + FLAGS_OFFSET + " is " + flags + ", must be 0");
        }
        if (fromClientSide ? !BridgeProtocol.fromClient(type) : !BridgeProtocol.fromServer(type))
        {
            throw malformed(type, sequence, "sent by the " + (fromClientSide ? "client" : "server") +
                ", but only the " + (fromClientSide ? "server" : "client") + " sends " + BridgeProtocol.typeName(type));
        }
        checkTypeLength(buffer, offset, length, type, sequence);
        final int body = offset + HEADER_LENGTH;
        checkFields(buffer, offset, body, fields, -1, type, sequence);
        if (type == TYPE_POSITIONS_SNAPSHOT)
        {
            final int count = buffer.getInt(body + PositionsSnapshot.COUNT, BYTE_ORDER);
            for (int i = 0; i < count; i++)
            {
                final int entry = body + POSITIONS_SNAPSHOT_FIXED_LENGTH + POSITIONS_ENTRY_LENGTH * i;
                checkFields(buffer, offset, entry, BridgeLayout.POSITIONS_ENTRY, i, type, sequence);
            }
        }
        else if (type == TYPE_HELLO)
        {
            checkHelloVersions(buffer, offset, sequence);
        }
        return length;
    }

    /**
     * Applies the value rules (INVALID_VALUE, code 10) to a frame that {@link #validate} accepted: prices and
     * volumes >= 0, ORDER_NEW volume > 0, enumerations in range (side 0..1, orderType, filling, timeType 0..2,
     * timeframe 0..6, execType 0..6, tradeMode 0..4, marginMode 0..2, ERROR code 1..14), symbolIndex 0..1023,
     * POSITIONS_SNAPSHOT count 0..500, a TICK with a positive bid or last, a BAR with low <= open, close <= high,
     * an ORDER_NEW price of 0 exactly for market orders and an expirationMs set exactly for timeType 2, a
     * SYMBOL_INFO with a non-empty symbol. Money amounts (balance, profit, swap, commission, ...) may be negative.
     *
     * @throws BridgeProtocolException INVALID_VALUE (UNKNOWN_TYPE if the frame was not validated).
     */
    public static void checkValues(final DirectBuffer buffer, final int offset)
    {
        BridgeValueRules.check(buffer, offset);
    }

    private static int checkLengthField(final DirectBuffer buffer, final int offset, final int availableLength)
    {
        final long length = frameLength(buffer, offset) & 0xffff_ffffL;
        if (length > MAX_FRAME_LENGTH || length < HEADER_LENGTH)
        {
            final long sequence = availableLength >= HEADER_LENGTH ? sequence(buffer, offset) : 0;
            throw new BridgeProtocolException(ERROR_TOO_LARGE, sequence, "frame length " + length +
                (length > MAX_FRAME_LENGTH ? " exceeds " + MAX_FRAME_LENGTH : " is below " + HEADER_LENGTH));
        }
        return (int)length;
    }

    private static int checkAvailable(final DirectBuffer buffer, final int offset, final int availableLength)
    {
        if (availableLength < LENGTH_OFFSET + Integer.BYTES)
        {
            throw new BridgeProtocolException(ERROR_MALFORMED, 0, "frame truncated: " + availableLength +
                " bytes available, the header needs " + HEADER_LENGTH);
        }
        final int length = checkLengthField(buffer, offset, availableLength);
        if (availableLength < length)
        {
            final long sequence = availableLength >= HEADER_LENGTH ? sequence(buffer, offset) : 0;
            throw new BridgeProtocolException(ERROR_MALFORMED, sequence, "frame truncated: length " + length +
                " but only " + availableLength + " bytes available");
        }
        return length;
    }

    private static void checkTypeLength(
        final DirectBuffer buffer, final int offset, final int length, final int type, final long sequence)
    {
        if (type != TYPE_POSITIONS_SNAPSHOT)
        {
            final int expected = HEADER_LENGTH + BridgeProtocol.bodyLength(type, 0);
            if (length != expected)
            {
                throw malformed(type, sequence, "length " + length + " at offset " + LENGTH_OFFSET + ", " +
                    BridgeProtocol.typeName(type) + " needs " + expected);
            }
            return;
        }
        final int fixed = HEADER_LENGTH + POSITIONS_SNAPSHOT_FIXED_LENGTH;
        if (length < fixed)
        {
            throw malformed(type, sequence, "length " + length + " at offset " + LENGTH_OFFSET +
                " is shorter than the " + fixed + "-byte fixed part");
        }
        final int countOffset = HEADER_LENGTH + PositionsSnapshot.COUNT;
        final long count = buffer.getInt(offset + countOffset, BYTE_ORDER) & 0xffff_ffffL;
        final long expected = fixed + POSITIONS_ENTRY_LENGTH * count;
        if (length != expected)
        {
            throw malformed(type, sequence, "length " + length + " at offset " + LENGTH_OFFSET + ", but count " +
                count + " at offset " + countOffset + " needs " + expected);
        }
    }

    private static void checkFields(
        final DirectBuffer buffer, final int frameOffset, final int start, final Field[] fields, final int entry,
        final int type, final long sequence)
    {
        for (final Field field : fields)
        {
            final int index = start + field.offset();
            switch (field.kind())
            {
                case BridgeLayout.F64 ->
                {
                    final double value = buffer.getDouble(index, BYTE_ORDER);
                    if (!Double.isFinite(value))
                    {
                        throw malformed(type, sequence, fieldAt(field, entry, index - frameOffset) + " is " + value);
                    }
                }
                case BridgeLayout.RESERVED ->
                {
                    for (int i = 0; i < field.length(); i++)
                    {
                        if (buffer.getByte(index + i) != 0)
                        {
                            throw malformed(type, sequence, fieldAt(field, entry, index - frameOffset) +
                                " is not zero (" + byteAt(buffer, index + i, frameOffset) + ")");
                        }
                    }
                }
                case BridgeLayout.TEXT, BridgeLayout.ASCII -> checkText(buffer, frameOffset, index, field, type,
                    sequence);
                default ->
                {
                }
            }
        }
    }

    private static void checkText(
        final DirectBuffer buffer, final int frameOffset, final int index, final Field field, final int type,
        final long sequence)
    {
        final int textLength = BridgeText.textLength(buffer, index, field.length());
        final boolean ascii = field.kind() == BridgeLayout.ASCII;
        final int bad = ascii ? BridgeText.nonPrintable(buffer, index, textLength) :
            BridgeText.invalidUtf8(buffer, index, textLength);
        if (bad >= 0)
        {
            throw malformed(type, sequence, fieldAt(field, -1, index - frameOffset) + " is not " +
                (ascii ? "printable ASCII" : "valid UTF-8") + " (" + byteAt(buffer, index + bad, frameOffset) + ")");
        }
        final int dirty = BridgeText.dirtyPadding(buffer, index, textLength, field.length());
        if (dirty >= 0)
        {
            throw malformed(type, sequence, fieldAt(field, -1, index - frameOffset) + " has " +
                byteAt(buffer, index + dirty, frameOffset) + " after its terminating zero");
        }
    }

    private static void checkHelloVersions(final DirectBuffer buffer, final int offset, final long sequence)
    {
        final int minOffset = HEADER_LENGTH + Hello.MIN_VERSION;
        final int maxOffset = HEADER_LENGTH + Hello.MAX_VERSION;
        final int min = buffer.getShort(offset + minOffset, BYTE_ORDER) & 0xffff;
        final int max = buffer.getShort(offset + maxOffset, BYTE_ORDER) & 0xffff;
        if (min > VERSION || max < VERSION)
        {
            throw new BridgeProtocolException(ERROR_UNSUPPORTED_VERSION, sequence, where(TYPE_HELLO, sequence) +
                "versions " + min + ".." + max + " (minVersion at offset " + minOffset + ", maxVersion at offset " +
                maxOffset + ") do not include " + VERSION);
        }
    }

    private static BridgeProtocolException malformed(final int type, final long sequence, final String what)
    {
        return new BridgeProtocolException(ERROR_MALFORMED, sequence, where(type, sequence) + what);
    }

    /** Message prefix naming the frame, e.g. {@code "TICK frame 42: "}. */
    static String where(final int type, final long sequence)
    {
        return BridgeProtocol.typeName(type) + " frame " + unsigned(sequence) + ": ";
    }

    /** E.g. {@code "field bid at offset 24"} or {@code "field entries[3].volume at offset 344"}. */
    static String fieldAt(final Field field, final int entry, final int frameRelativeOffset)
    {
        return "field " + (entry < 0 ? "" : "entries[" + entry + "].") + field.name() + " at offset " +
            frameRelativeOffset;
    }

    private static String byteAt(final DirectBuffer buffer, final int index, final int frameOffset)
    {
        return String.format(Locale.ROOT, "byte 0x%02x at offset %d", buffer.getByte(index) & 0xff,
            index - frameOffset);
    }

    private static String unsigned(final long sequence)
    {
        return Long.toUnsignedString(sequence);
    }
}
