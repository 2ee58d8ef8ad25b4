package io.tradingcore.event;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import static io.tradingcore.event.EventCodec.ORDER;

/**
 * Binary layout of the trading section of an output record ({@link OutputCodec}): the agents' signals, the
 * decision records and the order updates of one event. It follows the pattern matches, and only records of
 * {@link OutputCodec#VERSION_TRADING} have it. Little-endian.
 *
 * <pre>
 *   section header (8 bytes): 0 signalCount u16 | 2 decisionCount u16 | 4 orderUpdateCount u16 | 6 pad u16
 *
 *   signal (80):    0 agentId i32 | 4 symbolId i32 | 8 openTime i64 | 16 timeframe u8 | 17 direction i8 |
 *                   18 patternKind u8 | 19 pad u8 | 20 patternId i32 | 24 strength f64 | 32 confidence f64 |
 *                   40 weight f64 | 48 reliability f64 | 56 share f64 | 64 value1 f64 | 72 value2 f64
 *
 *   decision (120): 0 symbolId i32 | 4 timeframe u8 | 5 method u8 | 6 direction i8 | 7 action u8 |
 *                   8 openTime i64 | 16 score f64 | 24 agreement f64 | 32 confidence f64 | 40 firstSignal i32 |
 *                   44 signalCount i32 | 48 lots f64 | 56 price f64 | 64 stopLoss f64 | 72 takeProfit f64 |
 *                   80 atr f64 | 88 equity f64 | 96 orderId i64 | 104 riskReason i32 | 108 holdReason u8 |
 *                   109 pad[3] | 112 orderLots f64
 *
 *   order update (136): 0 kind u8 | 1 side u8 | 2 state u8 | 3 pad u8 | 4 symbolId i32 | 8 orderId i64 |
 *                   16 magic i64 | 24 positionTicket i64 | 32 lots f64 | 40 price f64 | 48 stopLoss f64 |
 *                   56 takeProfit f64 | 64 filledLots f64 | 72 averagePrice f64 | 80 lastLots f64 |
 *                   88 lastPrice f64 | 96 commission f64 | 104 realisedPnl f64 | 112 positionLots f64 |
 *                   120 terminalLots f64 | 128 code i32 | 132 pad i32
 * </pre>
 *
 * Stateless; safe to call from any thread with its own buffers.
 */
public final class TradingOutputCodec
{
    /** Most entries of each kind one record holds. */
    public static final int MAX_ENTRIES = 0xFFFF;
    public static final int SECTION_HEADER_LENGTH = 8;
    public static final int SIGNAL_LENGTH = 80;
    public static final int DECISION_LENGTH = 120;
    public static final int ORDER_UPDATE_LENGTH = 136;

    private TradingOutputCodec()
    {
    }

    /** @return true if {@code event} has anything for the trading section. */
    public static boolean present(final Event event)
    {
        return event.signals.size() > 0 || event.decisions.size() > 0 || event.orderUpdates.size() > 0;
    }

    /** @return the encoded length of the section, header included (0 when not {@link #present}). */
    public static int encodedLength(final Event event)
    {
        if (!present(event))
        {
            return 0;
        }
        return SECTION_HEADER_LENGTH + Math.min(event.signals.size(), MAX_ENTRIES) * SIGNAL_LENGTH +
            Math.min(event.decisions.size(), MAX_ENTRIES) * DECISION_LENGTH +
            Math.min(event.orderUpdates.size(), MAX_ENTRIES) * ORDER_UPDATE_LENGTH;
    }

    /**
     * Encodes the section at {@code offset}.
     *
     * @return the offset after it.
     */
    public static int encode(final Event event, final MutableDirectBuffer buffer, final int offset)
    {
        final int signals = Math.min(event.signals.size(), MAX_ENTRIES);
        final int decisions = Math.min(event.decisions.size(), MAX_ENTRIES);
        final int updates = Math.min(event.orderUpdates.size(), MAX_ENTRIES);
        buffer.putShort(offset, (short)signals, ORDER);
        buffer.putShort(offset + 2, (short)decisions, ORDER);
        buffer.putShort(offset + 4, (short)updates, ORDER);
        buffer.putShort(offset + 6, (short)0, ORDER);
        int at = offset + SECTION_HEADER_LENGTH;
        for (int i = 0; i < signals; i++)
        {
            encodeSignal(event.signals.get(i), buffer, at);
            at += SIGNAL_LENGTH;
        }
        for (int i = 0; i < decisions; i++)
        {
            encodeDecision(event.decisions.get(i), buffer, at);
            at += DECISION_LENGTH;
        }
        for (int i = 0; i < updates; i++)
        {
            encodeOrderUpdate(event.orderUpdates.get(i), buffer, at);
            at += ORDER_UPDATE_LENGTH;
        }
        return at;
    }

    /**
     * Decodes the section at {@code offset} into the three lists (cleared first); allocates only when a list
     * must grow.
     */
    public static void decode(final DirectBuffer buffer, final int offset, final Signal.List signals,
        final DecisionRecord.List decisions, final OrderUpdate.List updates)
    {
        signals.clear();
        decisions.clear();
        updates.clear();
        final int signalCount = buffer.getShort(offset, ORDER) & 0xFFFF;
        final int decisionCount = buffer.getShort(offset + 2, ORDER) & 0xFFFF;
        final int updateCount = buffer.getShort(offset + 4, ORDER) & 0xFFFF;
        int at = offset + SECTION_HEADER_LENGTH;
        for (int i = 0; i < signalCount; i++)
        {
            decodeSignal(buffer, at, signals.add());
            at += SIGNAL_LENGTH;
        }
        for (int i = 0; i < decisionCount; i++)
        {
            decodeDecision(buffer, at, decisions.add());
            at += DECISION_LENGTH;
        }
        for (int i = 0; i < updateCount; i++)
        {
            decodeOrderUpdate(buffer, at, updates.add());
            at += ORDER_UPDATE_LENGTH;
        }
    }

    private static void encodeSignal(final Signal s, final MutableDirectBuffer buffer, final int at)
    {
        buffer.putInt(at, s.agentId, ORDER);
        buffer.putInt(at + 4, s.symbolId, ORDER);
        buffer.putLong(at + 8, s.openTimeNanos, ORDER);
        buffer.putByte(at + 16, s.timeframe);
        buffer.putByte(at + 17, s.direction);
        buffer.putByte(at + 18, s.patternKind);
        buffer.putByte(at + 19, (byte)0);
        buffer.putInt(at + 20, s.patternId, ORDER);
        buffer.putDouble(at + 24, s.strength, ORDER);
        buffer.putDouble(at + 32, s.confidence, ORDER);
        buffer.putDouble(at + 40, s.weight, ORDER);
        buffer.putDouble(at + 48, s.reliability, ORDER);
        buffer.putDouble(at + 56, s.share, ORDER);
        buffer.putDouble(at + 64, s.value1, ORDER);
        buffer.putDouble(at + 72, s.value2, ORDER);
    }

    private static void decodeSignal(final DirectBuffer buffer, final int at, final Signal s)
    {
        s.agentId = buffer.getInt(at, ORDER);
        s.symbolId = buffer.getInt(at + 4, ORDER);
        s.openTimeNanos = buffer.getLong(at + 8, ORDER);
        s.timeframe = buffer.getByte(at + 16);
        s.direction = buffer.getByte(at + 17);
        s.patternKind = buffer.getByte(at + 18);
        s.patternId = buffer.getInt(at + 20, ORDER);
        s.strength = buffer.getDouble(at + 24, ORDER);
        s.confidence = buffer.getDouble(at + 32, ORDER);
        s.weight = buffer.getDouble(at + 40, ORDER);
        s.reliability = buffer.getDouble(at + 48, ORDER);
        s.share = buffer.getDouble(at + 56, ORDER);
        s.value1 = buffer.getDouble(at + 64, ORDER);
        s.value2 = buffer.getDouble(at + 72, ORDER);
    }

    private static void encodeDecision(final DecisionRecord d, final MutableDirectBuffer buffer, final int at)
    {
        buffer.putInt(at, d.symbolId, ORDER);
        buffer.putByte(at + 4, d.timeframe);
        buffer.putByte(at + 5, d.method);
        buffer.putByte(at + 6, d.direction);
        buffer.putByte(at + 7, d.action);
        buffer.putLong(at + 8, d.openTimeNanos, ORDER);
        buffer.putDouble(at + 16, d.score, ORDER);
        buffer.putDouble(at + 24, d.agreement, ORDER);
        buffer.putDouble(at + 32, d.confidence, ORDER);
        buffer.putInt(at + 40, d.firstSignal, ORDER);
        buffer.putInt(at + 44, d.signalCount, ORDER);
        buffer.putDouble(at + 48, d.lots, ORDER);
        buffer.putDouble(at + 56, d.price, ORDER);
        buffer.putDouble(at + 64, d.stopLoss, ORDER);
        buffer.putDouble(at + 72, d.takeProfit, ORDER);
        buffer.putDouble(at + 80, d.atr, ORDER);
        buffer.putDouble(at + 88, d.equity, ORDER);
        buffer.putLong(at + 96, d.orderId, ORDER);
        buffer.putInt(at + 104, d.riskReason, ORDER);
        buffer.putInt(at + 108, 0, ORDER);
        buffer.putByte(at + 108, d.holdReason);
        buffer.putDouble(at + 112, d.orderLots, ORDER);
    }

    private static void decodeDecision(final DirectBuffer buffer, final int at, final DecisionRecord d)
    {
        d.symbolId = buffer.getInt(at, ORDER);
        d.timeframe = buffer.getByte(at + 4);
        d.method = buffer.getByte(at + 5);
        d.direction = buffer.getByte(at + 6);
        d.action = buffer.getByte(at + 7);
        d.openTimeNanos = buffer.getLong(at + 8, ORDER);
        d.score = buffer.getDouble(at + 16, ORDER);
        d.agreement = buffer.getDouble(at + 24, ORDER);
        d.confidence = buffer.getDouble(at + 32, ORDER);
        d.firstSignal = buffer.getInt(at + 40, ORDER);
        d.signalCount = buffer.getInt(at + 44, ORDER);
        d.lots = buffer.getDouble(at + 48, ORDER);
        d.price = buffer.getDouble(at + 56, ORDER);
        d.stopLoss = buffer.getDouble(at + 64, ORDER);
        d.takeProfit = buffer.getDouble(at + 72, ORDER);
        d.atr = buffer.getDouble(at + 80, ORDER);
        d.equity = buffer.getDouble(at + 88, ORDER);
        d.orderId = buffer.getLong(at + 96, ORDER);
        d.riskReason = buffer.getInt(at + 104, ORDER);
        d.holdReason = buffer.getByte(at + 108);
        d.orderLots = buffer.getDouble(at + 112, ORDER);
    }

    private static void encodeOrderUpdate(final OrderUpdate u, final MutableDirectBuffer buffer, final int at)
    {
        buffer.putByte(at, u.kind);
        buffer.putByte(at + 1, u.side);
        buffer.putByte(at + 2, u.state);
        buffer.putByte(at + 3, (byte)0);
        buffer.putInt(at + 4, u.symbolId, ORDER);
        buffer.putLong(at + 8, u.orderId, ORDER);
        buffer.putLong(at + 16, u.magic, ORDER);
        buffer.putLong(at + 24, u.positionTicket, ORDER);
        buffer.putDouble(at + 32, u.lots, ORDER);
        buffer.putDouble(at + 40, u.price, ORDER);
        buffer.putDouble(at + 48, u.stopLoss, ORDER);
        buffer.putDouble(at + 56, u.takeProfit, ORDER);
        buffer.putDouble(at + 64, u.filledLots, ORDER);
        buffer.putDouble(at + 72, u.averagePrice, ORDER);
        buffer.putDouble(at + 80, u.lastLots, ORDER);
        buffer.putDouble(at + 88, u.lastPrice, ORDER);
        buffer.putDouble(at + 96, u.commission, ORDER);
        buffer.putDouble(at + 104, u.realisedPnl, ORDER);
        buffer.putDouble(at + 112, u.positionLots, ORDER);
        buffer.putDouble(at + 120, u.terminalLots, ORDER);
        buffer.putInt(at + 128, u.code, ORDER);
        buffer.putInt(at + 132, 0, ORDER);
    }

    private static void decodeOrderUpdate(final DirectBuffer buffer, final int at, final OrderUpdate u)
    {
        u.kind = buffer.getByte(at);
        u.side = buffer.getByte(at + 1);
        u.state = buffer.getByte(at + 2);
        u.symbolId = buffer.getInt(at + 4, ORDER);
        u.orderId = buffer.getLong(at + 8, ORDER);
        u.magic = buffer.getLong(at + 16, ORDER);
        u.positionTicket = buffer.getLong(at + 24, ORDER);
        u.lots = buffer.getDouble(at + 32, ORDER);
        u.price = buffer.getDouble(at + 40, ORDER);
        u.stopLoss = buffer.getDouble(at + 48, ORDER);
        u.takeProfit = buffer.getDouble(at + 56, ORDER);
        u.filledLots = buffer.getDouble(at + 64, ORDER);
        u.averagePrice = buffer.getDouble(at + 72, ORDER);
        u.lastLots = buffer.getDouble(at + 80, ORDER);
        u.lastPrice = buffer.getDouble(at + 88, ORDER);
        u.commission = buffer.getDouble(at + 96, ORDER);
        u.realisedPnl = buffer.getDouble(at + 104, ORDER);
        u.positionLots = buffer.getDouble(at + 112, ORDER);
        u.terminalLots = buffer.getDouble(at + 120, ORDER);
        u.code = buffer.getInt(at + 128, ORDER);
    }
}
