package io.tradingcore.event;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import java.nio.ByteOrder;

/**
 * Binary layout of one input event as journaled: one Chronicle excerpt per event. Little-endian. Version 2 (written
 * now) added the actor to COMMAND; version 1 records (COMMAND payload at 48, no actor) still decode, actor empty.
 *
 * <pre>
 *   0               8       9       10              12              16
 *   +---------------+-------+-------+---------------+---------------+
 *   | sequence i64  | ver u8| type u8| sourceId i16 | symbolId i32  |
 *   +---------------+-------+-------+---------------+---------------+
 *   16              24              32
 *   +---------------+---------------+----------------------------------
 *   | timeNanos i64 | sourcePos i64 | body (by type) ...
 *   +---------------+---------------+----------------------------------
 *
 *   TICK        32 bid f64 | 40 ask f64 | 48 last f64 | 56 volume f64                        = 64 bytes
 *   BAR         32 tf u8 | 33 pad[3] | 36 tickCount i32 | 40 openTime i64 | 48 open f64 |
 *               56 high f64 | 64 low f64 | 72 close f64 | 80 volume f64                       = 88 bytes
 *   EXEC_REPORT 32 orderId i64 | 40 execId i64 | 48 brokerOrderId i64 | 56 positionId i64 |
 *               64 lastQty f64 | 72 lastPrice f64 | 80 cumQty f64 | 88 leavesQty f64 |
 *               96 avgPrice f64 | 104 commission f64 | 112 swap f64 | 120 retcode i32 |
 *               124 execType u8 | 125 side u8 | 126 pad[2]                                 = 128 bytes
 *   COMMAND     32 commandType i32 | 36 payloadLength i32 | 40 correlationId i64 | 48 actorLength u8 |
 *               49 pad[7] | 56 actor[64] (US-ASCII, zero-filled after actorLength) | 120 payload     = 120 + n
 *   COMMAND v1  32 commandType i32 | 36 payloadLength i32 | 40 correlationId i64 | 48 payload    = 48 + n
 *   SYMBOL      32 nameLength i32 | 36 name (US-ASCII)                                       = 36 + n
 *   TIMER       (no body)                                                                    = 32 bytes
 *   ACCOUNT     32 login i64 | 40 balance f64 | 48 equity f64 | 56 margin f64 | 64 freeMargin f64 |
 *               72 leverage i32 | 76 marginMode u8 | 77 pad[3]                                 = 80 bytes
 *   POSITION    32 login i64 | 40 asOf i64 | 48 index i32 | 52 count i32 | 56 ticket i64 |
 *               64 identifier i64 | 72 magic i64 | 80 volume f64 | 88 priceOpen f64 | 96 stopLoss f64 |
 *               104 takeProfit f64 | 112 profit f64 | 120 swap f64 | 128 commission f64 |
 *               136 openTime i64 | 144 side u8 | 145 pad[7]                                  = 152 bytes
 * </pre>
 *
 * Stateless; safe to call from any thread with its own buffers.
 */
public final class EventCodec
{
    /** The version written. */
    public static final byte VERSION = 2;
    /** The first version, still read: COMMAND without the actor. */
    public static final byte VERSION_1 = 1;
    public static final ByteOrder ORDER = ByteOrder.LITTLE_ENDIAN;

    public static final int SEQUENCE_OFFSET = 0;
    public static final int VERSION_OFFSET = 8;
    public static final int TYPE_OFFSET = 9;
    public static final int SOURCE_ID_OFFSET = 10;
    public static final int SYMBOL_ID_OFFSET = 12;
    public static final int TIME_OFFSET = 16;
    public static final int SOURCE_POSITION_OFFSET = 24;
    public static final int HEADER_LENGTH = 32;

    public static final int TICK_BID_OFFSET = 32;
    public static final int TICK_ASK_OFFSET = 40;
    public static final int TICK_LAST_OFFSET = 48;
    public static final int TICK_VOLUME_OFFSET = 56;
    public static final int TICK_LENGTH = 64;

    public static final int BAR_TIMEFRAME_OFFSET = 32;
    public static final int BAR_TICK_COUNT_OFFSET = 36;
    public static final int BAR_OPEN_TIME_OFFSET = 40;
    public static final int BAR_OPEN_OFFSET = 48;
    public static final int BAR_HIGH_OFFSET = 56;
    public static final int BAR_LOW_OFFSET = 64;
    public static final int BAR_CLOSE_OFFSET = 72;
    public static final int BAR_VOLUME_OFFSET = 80;
    public static final int BAR_LENGTH = 88;

    public static final int EXEC_ORDER_ID_OFFSET = 32;
    public static final int EXEC_EXEC_ID_OFFSET = 40;
    public static final int EXEC_BROKER_ORDER_ID_OFFSET = 48;
    public static final int EXEC_POSITION_ID_OFFSET = 56;
    public static final int EXEC_LAST_QTY_OFFSET = 64;
    public static final int EXEC_LAST_PRICE_OFFSET = 72;
    public static final int EXEC_CUM_QTY_OFFSET = 80;
    public static final int EXEC_LEAVES_QTY_OFFSET = 88;
    public static final int EXEC_AVG_PRICE_OFFSET = 96;
    public static final int EXEC_COMMISSION_OFFSET = 104;
    public static final int EXEC_SWAP_OFFSET = 112;
    public static final int EXEC_RETCODE_OFFSET = 120;
    public static final int EXEC_TYPE_OFFSET = 124;
    public static final int EXEC_SIDE_OFFSET = 125;
    public static final int EXEC_LENGTH = 128;

    public static final int COMMAND_TYPE_OFFSET = 32;
    public static final int COMMAND_PAYLOAD_LENGTH_OFFSET = 36;
    public static final int COMMAND_CORRELATION_OFFSET = 40;
    public static final int COMMAND_ACTOR_LENGTH_OFFSET = 48;
    public static final int COMMAND_ACTOR_OFFSET = 56;
    public static final int COMMAND_PAYLOAD_OFFSET = COMMAND_ACTOR_OFFSET + Event.MAX_ACTOR;
    /** Where the payload of a version-1 COMMAND starts. */
    public static final int V1_COMMAND_PAYLOAD_OFFSET = 48;

    public static final int SYMBOL_NAME_LENGTH_OFFSET = 32;
    public static final int SYMBOL_NAME_OFFSET = 36;

    public static final int ACCOUNT_LOGIN_OFFSET = 32;
    public static final int ACCOUNT_BALANCE_OFFSET = 40;
    public static final int ACCOUNT_EQUITY_OFFSET = 48;
    public static final int ACCOUNT_MARGIN_OFFSET = 56;
    public static final int ACCOUNT_FREE_MARGIN_OFFSET = 64;
    public static final int ACCOUNT_LEVERAGE_OFFSET = 72;
    public static final int ACCOUNT_MARGIN_MODE_OFFSET = 76;
    public static final int ACCOUNT_LENGTH = 80;

    public static final int POSITION_LOGIN_OFFSET = 32;
    public static final int POSITION_AS_OF_OFFSET = 40;
    public static final int POSITION_INDEX_OFFSET = 48;
    public static final int POSITION_COUNT_OFFSET = 52;
    public static final int POSITION_TICKET_OFFSET = 56;
    public static final int POSITION_IDENTIFIER_OFFSET = 64;
    public static final int POSITION_MAGIC_OFFSET = 72;
    public static final int POSITION_VOLUME_OFFSET = 80;
    public static final int POSITION_PRICE_OPEN_OFFSET = 88;
    public static final int POSITION_STOP_LOSS_OFFSET = 96;
    public static final int POSITION_TAKE_PROFIT_OFFSET = 104;
    public static final int POSITION_PROFIT_OFFSET = 112;
    public static final int POSITION_SWAP_OFFSET = 120;
    public static final int POSITION_COMMISSION_OFFSET = 128;
    public static final int POSITION_OPEN_TIME_OFFSET = 136;
    public static final int POSITION_SIDE_OFFSET = 144;
    public static final int POSITION_LENGTH = 152;

    /** Largest encoded record. */
    public static final int MAX_LENGTH = COMMAND_PAYLOAD_OFFSET + Event.MAX_PAYLOAD;

    private EventCodec()
    {
    }

    /**
     * Encodes the input fields of {@code event} at offset 0 of {@code buffer}.
     *
     * @return the number of bytes written.
     */
    public static int encode(final Event event, final MutableDirectBuffer buffer)
    {
        buffer.putLong(SEQUENCE_OFFSET, event.sequence, ORDER);
        buffer.putByte(VERSION_OFFSET, VERSION);
        buffer.putByte(TYPE_OFFSET, event.type);
        buffer.putShort(SOURCE_ID_OFFSET, event.sourceId, ORDER);
        buffer.putInt(SYMBOL_ID_OFFSET, event.symbolId, ORDER);
        buffer.putLong(TIME_OFFSET, event.timeNanos, ORDER);
        buffer.putLong(SOURCE_POSITION_OFFSET, event.sourcePosition, ORDER);
        switch (event.type)
        {
            case EventType.TICK:
                buffer.putDouble(TICK_BID_OFFSET, event.bid, ORDER);
                buffer.putDouble(TICK_ASK_OFFSET, event.ask, ORDER);
                buffer.putDouble(TICK_LAST_OFFSET, event.last, ORDER);
                buffer.putDouble(TICK_VOLUME_OFFSET, event.volume, ORDER);
                return TICK_LENGTH;
            case EventType.BAR:
                return encodeBar(event.bar, buffer);
            case EventType.EXEC_REPORT:
                return encodeExecReport(event.execReport, buffer);
            case EventType.COMMAND:
                return encodeCommand(event, buffer);
            case EventType.SYMBOL:
                buffer.putInt(SYMBOL_NAME_LENGTH_OFFSET, event.payloadLength, ORDER);
                buffer.putBytes(SYMBOL_NAME_OFFSET, event.payload, 0, event.payloadLength);
                return SYMBOL_NAME_OFFSET + event.payloadLength;
            case EventType.TIMER:
                return HEADER_LENGTH;
            case EventType.ACCOUNT:
                return AccountEventCodec.encodeAccount(event.account, buffer);
            case EventType.POSITION:
                return AccountEventCodec.encodePosition(event.position, buffer);
            default:
                throw new IllegalArgumentException("cannot encode event type " + EventType.name(event.type));
        }
    }

    private static int encodeCommand(final Event event, final MutableDirectBuffer buffer)
    {
        buffer.putInt(COMMAND_TYPE_OFFSET, event.commandType, ORDER);
        buffer.putInt(COMMAND_PAYLOAD_LENGTH_OFFSET, event.payloadLength, ORDER);
        buffer.putLong(COMMAND_CORRELATION_OFFSET, event.correlationId, ORDER);
        buffer.putLong(COMMAND_ACTOR_LENGTH_OFFSET, 0L, ORDER);
        buffer.putByte(COMMAND_ACTOR_LENGTH_OFFSET, (byte)event.actorLength);
        buffer.putBytes(COMMAND_ACTOR_OFFSET, event.actor, 0, event.actorLength);
        buffer.setMemory(COMMAND_ACTOR_OFFSET + event.actorLength, Event.MAX_ACTOR - event.actorLength, (byte)0);
        buffer.putBytes(COMMAND_PAYLOAD_OFFSET, event.payload, 0, event.payloadLength);
        return COMMAND_PAYLOAD_OFFSET + event.payloadLength;
    }

    private static int encodeBar(final Bar bar, final MutableDirectBuffer buffer)
    {
        buffer.putByte(BAR_TIMEFRAME_OFFSET, bar.timeframe);
        buffer.putByte(BAR_TIMEFRAME_OFFSET + 1, (byte)0);
        buffer.putShort(BAR_TIMEFRAME_OFFSET + 2, (short)0, ORDER);
        buffer.putInt(BAR_TICK_COUNT_OFFSET, bar.tickCount, ORDER);
        buffer.putLong(BAR_OPEN_TIME_OFFSET, bar.openTimeNanos, ORDER);
        buffer.putDouble(BAR_OPEN_OFFSET, bar.open, ORDER);
        buffer.putDouble(BAR_HIGH_OFFSET, bar.high, ORDER);
        buffer.putDouble(BAR_LOW_OFFSET, bar.low, ORDER);
        buffer.putDouble(BAR_CLOSE_OFFSET, bar.close, ORDER);
        buffer.putDouble(BAR_VOLUME_OFFSET, bar.volume, ORDER);
        return BAR_LENGTH;
    }

    private static int encodeExecReport(final ExecReport report, final MutableDirectBuffer buffer)
    {
        buffer.putLong(EXEC_ORDER_ID_OFFSET, report.orderId, ORDER);
        buffer.putLong(EXEC_EXEC_ID_OFFSET, report.execId, ORDER);
        buffer.putLong(EXEC_BROKER_ORDER_ID_OFFSET, report.brokerOrderId, ORDER);
        buffer.putLong(EXEC_POSITION_ID_OFFSET, report.positionId, ORDER);
        buffer.putDouble(EXEC_LAST_QTY_OFFSET, report.lastQuantity, ORDER);
        buffer.putDouble(EXEC_LAST_PRICE_OFFSET, report.lastPrice, ORDER);
        buffer.putDouble(EXEC_CUM_QTY_OFFSET, report.cumulativeQuantity, ORDER);
        buffer.putDouble(EXEC_LEAVES_QTY_OFFSET, report.leavesQuantity, ORDER);
        buffer.putDouble(EXEC_AVG_PRICE_OFFSET, report.averagePrice, ORDER);
        buffer.putDouble(EXEC_COMMISSION_OFFSET, report.commission, ORDER);
        buffer.putDouble(EXEC_SWAP_OFFSET, report.swap, ORDER);
        buffer.putInt(EXEC_RETCODE_OFFSET, report.retcode, ORDER);
        buffer.putInt(EXEC_TYPE_OFFSET, 0, ORDER);
        buffer.putByte(EXEC_TYPE_OFFSET, report.execType);
        buffer.putByte(EXEC_SIDE_OFFSET, report.side);
        return EXEC_LENGTH;
    }

    /**
     * Decodes a record of {@code length} bytes at offset 0 of {@code buffer} into {@code event}: version 2, or
     * version 1 (a COMMAND then has an empty actor).
     *
     * @throws JournalFormatException if the record is truncated, of an unknown version or type.
     */
    public static void decode(final DirectBuffer buffer, final int length, final Event event)
    {
        if (length < HEADER_LENGTH)
        {
            throw new JournalFormatException("record of " + length + " bytes is shorter than the header");
        }
        final byte version = buffer.getByte(VERSION_OFFSET);
        if (version != VERSION && version != VERSION_1)
        {
            throw new JournalFormatException("record version " + version + ", expected " + VERSION_1 + " or " +
                VERSION);
        }
        event.sequence = buffer.getLong(SEQUENCE_OFFSET, ORDER);
        event.type = buffer.getByte(TYPE_OFFSET);
        event.sourceId = buffer.getShort(SOURCE_ID_OFFSET, ORDER);
        event.symbolId = buffer.getInt(SYMBOL_ID_OFFSET, ORDER);
        event.timeNanos = buffer.getLong(TIME_OFFSET, ORDER);
        event.sourcePosition = buffer.getLong(SOURCE_POSITION_OFFSET, ORDER);
        event.payloadLength = 0;
        event.actorLength = 0;
        switch (event.type)
        {
            case EventType.TICK:
                requireLength(event, length, TICK_LENGTH);
                event.bid = buffer.getDouble(TICK_BID_OFFSET, ORDER);
                event.ask = buffer.getDouble(TICK_ASK_OFFSET, ORDER);
                event.last = buffer.getDouble(TICK_LAST_OFFSET, ORDER);
                event.volume = buffer.getDouble(TICK_VOLUME_OFFSET, ORDER);
                break;
            case EventType.BAR:
                requireLength(event, length, BAR_LENGTH);
                decodeBar(buffer, event);
                break;
            case EventType.EXEC_REPORT:
                requireLength(event, length, EXEC_LENGTH);
                decodeExecReport(buffer, event.execReport);
                break;
            case EventType.COMMAND:
                decodeCommand(buffer, length, version, event);
                break;
            case EventType.SYMBOL:
                requireLength(event, length, SYMBOL_NAME_OFFSET);
                decodePayload(buffer, length, SYMBOL_NAME_LENGTH_OFFSET, SYMBOL_NAME_OFFSET, event);
                break;
            case EventType.TIMER:
                break;
            case EventType.ACCOUNT:
                requireLength(event, length, ACCOUNT_LENGTH);
                AccountEventCodec.decodeAccount(buffer, event.account);
                break;
            case EventType.POSITION:
                requireLength(event, length, POSITION_LENGTH);
                AccountEventCodec.decodePosition(buffer, event.position);
                break;
            default:
                throw new JournalFormatException("record " + event.sequence + " has unknown type " + event.type);
        }
    }

    private static void decodeCommand(final DirectBuffer buffer, final int length, final byte version,
        final Event event)
    {
        final int payloadOffset = version == VERSION_1 ? V1_COMMAND_PAYLOAD_OFFSET : COMMAND_PAYLOAD_OFFSET;
        requireLength(event, length, payloadOffset);
        event.commandType = buffer.getInt(COMMAND_TYPE_OFFSET, ORDER);
        event.correlationId = buffer.getLong(COMMAND_CORRELATION_OFFSET, ORDER);
        if (version != VERSION_1)
        {
            final int actorLength = buffer.getByte(COMMAND_ACTOR_LENGTH_OFFSET) & 0xFF;
            if (actorLength > Event.MAX_ACTOR)
            {
                throw new JournalFormatException("record " + event.sequence + " declares an actor of " +
                    actorLength + " bytes");
            }
            event.actorLength = actorLength;
            event.actor.putBytes(0, buffer, COMMAND_ACTOR_OFFSET, actorLength);
        }
        decodePayload(buffer, length, COMMAND_PAYLOAD_LENGTH_OFFSET, payloadOffset, event);
    }

    private static void decodeBar(final DirectBuffer buffer, final Event event)
    {
        final Bar bar = event.bar;
        bar.symbolId = event.symbolId;
        bar.timeframe = buffer.getByte(BAR_TIMEFRAME_OFFSET);
        bar.tickCount = buffer.getInt(BAR_TICK_COUNT_OFFSET, ORDER);
        bar.openTimeNanos = buffer.getLong(BAR_OPEN_TIME_OFFSET, ORDER);
        bar.open = buffer.getDouble(BAR_OPEN_OFFSET, ORDER);
        bar.high = buffer.getDouble(BAR_HIGH_OFFSET, ORDER);
        bar.low = buffer.getDouble(BAR_LOW_OFFSET, ORDER);
        bar.close = buffer.getDouble(BAR_CLOSE_OFFSET, ORDER);
        bar.volume = buffer.getDouble(BAR_VOLUME_OFFSET, ORDER);
    }

    private static void decodeExecReport(final DirectBuffer buffer, final ExecReport report)
    {
        report.orderId = buffer.getLong(EXEC_ORDER_ID_OFFSET, ORDER);
        report.execId = buffer.getLong(EXEC_EXEC_ID_OFFSET, ORDER);
        report.brokerOrderId = buffer.getLong(EXEC_BROKER_ORDER_ID_OFFSET, ORDER);
        report.positionId = buffer.getLong(EXEC_POSITION_ID_OFFSET, ORDER);
        report.lastQuantity = buffer.getDouble(EXEC_LAST_QTY_OFFSET, ORDER);
        report.lastPrice = buffer.getDouble(EXEC_LAST_PRICE_OFFSET, ORDER);
        report.cumulativeQuantity = buffer.getDouble(EXEC_CUM_QTY_OFFSET, ORDER);
        report.leavesQuantity = buffer.getDouble(EXEC_LEAVES_QTY_OFFSET, ORDER);
        report.averagePrice = buffer.getDouble(EXEC_AVG_PRICE_OFFSET, ORDER);
        report.commission = buffer.getDouble(EXEC_COMMISSION_OFFSET, ORDER);
        report.swap = buffer.getDouble(EXEC_SWAP_OFFSET, ORDER);
        report.retcode = buffer.getInt(EXEC_RETCODE_OFFSET, ORDER);
        report.execType = buffer.getByte(EXEC_TYPE_OFFSET);
        report.side = buffer.getByte(EXEC_SIDE_OFFSET);
    }

    private static void decodePayload(
        final DirectBuffer buffer, final int length, final int lengthOffset, final int dataOffset, final Event event)
    {
        final int payloadLength = buffer.getInt(lengthOffset, ORDER);
        if (payloadLength < 0 || payloadLength > Event.MAX_PAYLOAD || dataOffset + payloadLength > length)
        {
            throw new JournalFormatException(
                "record " + event.sequence + " declares a payload of " + payloadLength + " bytes in " + length);
        }
        event.payloadLength = payloadLength;
        event.payload.putBytes(0, buffer, dataOffset, payloadLength);
    }

    private static void requireLength(final Event event, final int length, final int required)
    {
        if (length < required)
        {
            throw new JournalFormatException("record " + event.sequence + " of type " + EventType.name(event.type) +
                " is " + length + " bytes, needs " + required);
        }
    }
}
