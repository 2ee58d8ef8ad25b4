package io.tradingcore.mt5;

import org.agrona.DirectBuffer;

import io.tradingcore.mt5.BridgeLayout.Field;

import static io.tradingcore.mt5.BridgeProtocol.BYTE_ORDER;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_INVALID_VALUE;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_UNKNOWN_TYPE;
import static io.tradingcore.mt5.BridgeProtocol.HEADER_LENGTH;
import static io.tradingcore.mt5.BridgeProtocol.ORDER_TYPE_MARKET;
import static io.tradingcore.mt5.BridgeProtocol.POSITIONS_ENTRY_LENGTH;
import static io.tradingcore.mt5.BridgeProtocol.POSITIONS_SNAPSHOT_FIXED_LENGTH;
import static io.tradingcore.mt5.BridgeProtocol.TIME_SPECIFIED;

/**
 * The value rules behind {@link BridgeCodec#checkValues} (INVALID_VALUE, code 10, of docs/mt5-protocol.md): the
 * per-field rules of {@link BridgeLayout} (>= 0, > 0, ranges) in offset order, then the rules across fields of
 * TICK, BAR, ORDER_NEW and SYMBOL_INFO. Assumes a frame that {@code validate} accepted.
 */
final class BridgeValueRules
{
    private BridgeValueRules()
    {
    }

    static void check(final DirectBuffer buffer, final int offset)
    {
        final int type = BridgeCodec.type(buffer, offset);
        final long sequence = BridgeCodec.sequence(buffer, offset);
        final Field[] fields = BridgeLayout.body(type);
        if (fields == null)
        {
            throw new BridgeProtocolException(ERROR_UNKNOWN_TYPE, sequence, BridgeCodec.where(type, sequence) +
                "unknown type " + type + ", validate the frame first");
        }
        final int body = offset + HEADER_LENGTH;
        checkFields(buffer, offset, body, fields, -1, type, sequence);
        switch (type)
        {
            case BridgeProtocol.TYPE_POSITIONS_SNAPSHOT ->
            {
                final int count = buffer.getInt(body + PositionsSnapshot.COUNT, BYTE_ORDER);
                for (int i = 0; i < count; i++)
                {
                    final int entry = body + POSITIONS_SNAPSHOT_FIXED_LENGTH + POSITIONS_ENTRY_LENGTH * i;
                    checkFields(buffer, offset, entry, BridgeLayout.POSITIONS_ENTRY, i, type, sequence);
                }
            }
            case BridgeProtocol.TYPE_TICK -> checkTick(buffer, body, sequence);
            case BridgeProtocol.TYPE_BAR -> checkBar(buffer, body, sequence);
            case BridgeProtocol.TYPE_ORDER_NEW -> checkOrderNew(buffer, body, sequence);
            case BridgeProtocol.TYPE_SYMBOL_INFO ->
            {
                if (buffer.getByte(body + SymbolInfo.SYMBOL) == 0)
                {
                    throw invalid(BridgeProtocol.TYPE_SYMBOL_INFO, sequence, "field symbol at offset " +
                        (HEADER_LENGTH + SymbolInfo.SYMBOL) + " is empty");
                }
            }
            default ->
            {
            }
        }
    }

    private static void checkFields(
        final DirectBuffer buffer, final int frameOffset, final int start, final Field[] fields, final int entry,
        final int type, final long sequence)
    {
        for (final Field field : fields)
        {
            final int index = start + field.offset();
            switch (field.rule())
            {
                case BridgeLayout.NON_NEGATIVE, BridgeLayout.POSITIVE ->
                {
                    final double value = buffer.getDouble(index, BYTE_ORDER);
                    final boolean positive = field.rule() == BridgeLayout.POSITIVE;
                    if (positive ? !(value > 0) : !(value >= 0))
                    {
                        throw invalid(type, sequence, BridgeCodec.fieldAt(field, entry, index - frameOffset) + " is " +
                            value + ", must be " + (positive ? "> 0" : ">= 0"));
                    }
                }
                case BridgeLayout.RANGE ->
                {
                    final long value = unsigned(buffer, index, field.kind());
                    if (value < field.min() || value > field.max())
                    {
                        throw invalid(type, sequence, BridgeCodec.fieldAt(field, entry, index - frameOffset) + " is " +
                            value + ", must be in " + field.min() + ".." + field.max());
                    }
                }
                default ->
                {
                }
            }
        }
    }

    private static long unsigned(final DirectBuffer buffer, final int index, final int kind)
    {
        return switch (kind)
        {
            case BridgeLayout.U8 -> buffer.getByte(index) & 0xffL;
            case BridgeLayout.U16 -> buffer.getShort(index, BYTE_ORDER) & 0xffffL;
            default -> buffer.getInt(index, BYTE_ORDER) & 0xffff_ffffL;
        };
    }

    private static void checkTick(final DirectBuffer buffer, final int body, final long sequence)
    {
        final double bid = buffer.getDouble(body + Tick.BID, BYTE_ORDER);
        final double last = buffer.getDouble(body + Tick.LAST, BYTE_ORDER);
        if (!(bid > 0) && !(last > 0))
        {
            throw invalid(BridgeProtocol.TYPE_TICK, sequence, "needs a positive bid or last, has bid " + bid +
                " at offset " + (HEADER_LENGTH + Tick.BID) + " and last " + last + " at offset " +
                (HEADER_LENGTH + Tick.LAST));
        }
    }

    private static void checkBar(final DirectBuffer buffer, final int body, final long sequence)
    {
        final double high = buffer.getDouble(body + Bar.HIGH, BYTE_ORDER);
        final double low = buffer.getDouble(body + Bar.LOW, BYTE_ORDER);
        if (low > high)
        {
            throw invalid(BridgeProtocol.TYPE_BAR, sequence, "field low at offset " + (HEADER_LENGTH + Bar.LOW) +
                " is " + low + ", above high " + high);
        }
        checkWithin(buffer, body, "open", Bar.OPEN, low, high, sequence);
        checkWithin(buffer, body, "close", Bar.CLOSE, low, high, sequence);
    }

    private static void checkWithin(
        final DirectBuffer buffer, final int body, final String name, final int offset, final double low,
        final double high, final long sequence)
    {
        final double value = buffer.getDouble(body + offset, BYTE_ORDER);
        if (value < low || value > high)
        {
            throw invalid(BridgeProtocol.TYPE_BAR, sequence, "field " + name + " at offset " +
                (HEADER_LENGTH + offset) + " is " + value + ", outside [low " + low + ", high " + high + "]");
        }
    }

    private static void checkOrderNew(final DirectBuffer buffer, final int body, final long sequence)
    {
        final int type = BridgeProtocol.TYPE_ORDER_NEW;
        final double price = buffer.getDouble(body + OrderNew.PRICE, BYTE_ORDER);
        final boolean market = (buffer.getByte(body + OrderNew.ORDER_TYPE) & 0xff) == ORDER_TYPE_MARKET;
        if (market ? price != 0 : !(price > 0))
        {
            throw invalid(type, sequence, "field price at offset " + (HEADER_LENGTH + OrderNew.PRICE) + " is " +
                price + (market ? ", must be 0 for a market order" : ", must be > 0 for a limit or stop order"));
        }
        final long expiration = buffer.getLong(body + OrderNew.EXPIRATION_MS, BYTE_ORDER);
        final boolean until = (buffer.getByte(body + OrderNew.TIME_TYPE) & 0xff) == TIME_SPECIFIED;
        if (until ? expiration == 0 : expiration != 0)
        {
            throw invalid(type, sequence, "field expirationMs at offset " + (HEADER_LENGTH + OrderNew.EXPIRATION_MS) +
                " is " + Long.toUnsignedString(expiration) +
                (until ? ", must be set for timeType 2" : ", must be 0 unless timeType is 2"));
        }
    }

    private static BridgeProtocolException invalid(final int type, final long sequence, final String what)
    {
        return new BridgeProtocolException(ERROR_INVALID_VALUE, sequence, BridgeCodec.where(type, sequence) + what);
    }
}
