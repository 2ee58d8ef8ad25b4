package io.tradingcore.event;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import static io.tradingcore.event.EventCodec.ORDER;

/**
 * Binary layout of the outputs one input event produced, as journaled in the output journal: one
 * Chronicle excerpt per input event that produced any output. Little-endian. Replay compares these
 * records byte for byte.
 *
 * <pre>
 *   0                  8               16      17       18               20                 24             28
 *   +------------------+---------------+-------+--------+----------------+------------------+--------------+
 *   | causeSeq i64     | timeNanos i64 | ver u8| type u8| matchCount u16 | commandResult i32| barCount i32 |
 *   +------------------+---------------+-------+--------+----------------+------------------+--------------+
 *   28 featureRowCount i32 | 32 bars: barCount x 64 bytes | feature rows: featureRowCount x (24 + 8 x n) |
 *   pattern matches: matchCount x 32 bytes | trading section (version 2 only, {@link TradingOutputCodec})
 *
 *   bar (64 bytes): 0 symbolId i32 | 4 tickCount i32 | 8 openTime i64 | 16 open f64 | 24 high f64 |
 *                   32 low f64 | 40 close f64 | 48 volume f64 | 56 timeframe u8 | 57 pad[7]
 *
 *   feature row:    0 setId i32 | 4 symbolId i32 | 8 openTime i64 | 16 timeframe u8 | 17 pad u8 |
 *                   18 valueCount n u16 | 20 pad i32 | 24 values: n x f64 (NaN = undefined)
 *
 *   pattern match:  0 kind u8 (1 candlestick, 2 chart, 3 rule) | 1 timeframe u8 | 2 pad u16 | 4 patternId i32 |
 *                   8 symbolId i32 | 12 signal i32 | 16 openTime i64 | 24 confidence f64
 * </pre>
 *
 * Records written before feature rows or pattern matches existed have 0 at offsets 28 and 18, so they decode
 * unchanged. A record is {@link #VERSION} 1 unless the event produced signals, decisions or order updates: then
 * it is {@link #VERSION_TRADING} and the trading section follows the pattern matches.
 *
 * Stateless; safe to call from any thread with its own buffers.
 */
public final class OutputCodec
{
    public static final byte VERSION = 1;
    /** Version of a record that carries the trading section. */
    public static final byte VERSION_TRADING = 2;

    public static final int CAUSE_SEQUENCE_OFFSET = 0;
    public static final int TIME_OFFSET = 8;
    public static final int VERSION_OFFSET = 16;
    public static final int TYPE_OFFSET = 17;
    public static final int MATCH_COUNT_OFFSET = 18;
    public static final int COMMAND_RESULT_OFFSET = 20;
    public static final int BAR_COUNT_OFFSET = 24;
    public static final int FEATURE_ROW_COUNT_OFFSET = 28;
    public static final int HEADER_LENGTH = 32;

    public static final int BAR_LENGTH = 64;
    public static final int BAR_SYMBOL_OFFSET = 0;
    public static final int BAR_TICK_COUNT_OFFSET = 4;
    public static final int BAR_OPEN_TIME_OFFSET = 8;
    public static final int BAR_OPEN_OFFSET = 16;
    public static final int BAR_HIGH_OFFSET = 24;
    public static final int BAR_LOW_OFFSET = 32;
    public static final int BAR_CLOSE_OFFSET = 40;
    public static final int BAR_VOLUME_OFFSET = 48;
    public static final int BAR_TIMEFRAME_OFFSET = 56;

    public static final int ROW_HEADER_LENGTH = 24;
    public static final int ROW_SET_OFFSET = 0;
    public static final int ROW_SYMBOL_OFFSET = 4;
    public static final int ROW_OPEN_TIME_OFFSET = 8;
    public static final int ROW_TIMEFRAME_OFFSET = 16;
    public static final int ROW_VALUE_COUNT_OFFSET = 18;

    /** Most pattern matches one output record can hold. */
    public static final int MAX_MATCHES = 0xFFFF;
    public static final int MATCH_LENGTH = 32;
    public static final int MATCH_KIND_OFFSET = 0;
    public static final int MATCH_TIMEFRAME_OFFSET = 1;
    public static final int MATCH_PATTERN_OFFSET = 4;
    public static final int MATCH_SYMBOL_OFFSET = 8;
    public static final int MATCH_SIGNAL_OFFSET = 12;
    public static final int MATCH_OPEN_TIME_OFFSET = 16;
    public static final int MATCH_CONFIDENCE_OFFSET = 24;

    private OutputCodec()
    {
    }

    /** @return the encoded length of the outputs of {@code event}. */
    public static int encodedLength(final Event event)
    {
        return HEADER_LENGTH + event.closedBars.size() * BAR_LENGTH +
            event.featureRows.size() * ROW_HEADER_LENGTH + event.featureRows.totalValues() * Double.BYTES +
            Math.min(event.patternMatches.size(), MAX_MATCHES) * MATCH_LENGTH + TradingOutputCodec.encodedLength(event);
    }

    /**
     * Encodes the outputs of {@code event} at offset 0 of {@code buffer}, which must hold
     * {@link #encodedLength(Event)} bytes.
     *
     * @return the number of bytes written.
     */
    public static int encode(final Event event, final MutableDirectBuffer buffer)
    {
        final BarList bars = event.closedBars;
        buffer.putLong(CAUSE_SEQUENCE_OFFSET, event.sequence, ORDER);
        buffer.putLong(TIME_OFFSET, event.timeNanos, ORDER);
        buffer.putByte(VERSION_OFFSET, TradingOutputCodec.present(event) ? VERSION_TRADING : VERSION);
        buffer.putByte(TYPE_OFFSET, event.type);
        final PatternMatches matches = event.patternMatches;
        final int matchCount = Math.min(matches.size(), MAX_MATCHES);
        buffer.putShort(MATCH_COUNT_OFFSET, (short)matchCount, ORDER);
        buffer.putInt(COMMAND_RESULT_OFFSET, event.commandResult, ORDER);
        buffer.putInt(BAR_COUNT_OFFSET, bars.size(), ORDER);
        buffer.putInt(FEATURE_ROW_COUNT_OFFSET, event.featureRows.size(), ORDER);
        int offset = HEADER_LENGTH;
        for (int i = 0; i < bars.size(); i++)
        {
            encodeBar(bars.get(i), buffer, offset);
            offset += BAR_LENGTH;
        }
        final FeatureRows rows = event.featureRows;
        for (int row = 0; row < rows.size(); row++)
        {
            offset = encodeRow(rows, row, buffer, offset);
        }
        for (int i = 0; i < matchCount; i++)
        {
            encodeMatch(matches, i, buffer, offset);
            offset += MATCH_LENGTH;
        }
        return TradingOutputCodec.present(event) ? TradingOutputCodec.encode(event, buffer, offset) : offset;
    }

    private static void encodeMatch(final PatternMatches matches, final int i, final MutableDirectBuffer buffer,
        final int offset)
    {
        buffer.putLong(offset, 0L, ORDER);
        buffer.putByte(offset + MATCH_KIND_OFFSET, matches.kind(i));
        buffer.putByte(offset + MATCH_TIMEFRAME_OFFSET, matches.timeframe(i));
        buffer.putInt(offset + MATCH_PATTERN_OFFSET, matches.patternId(i), ORDER);
        buffer.putInt(offset + MATCH_SYMBOL_OFFSET, matches.symbolId(i), ORDER);
        buffer.putInt(offset + MATCH_SIGNAL_OFFSET, matches.signal(i), ORDER);
        buffer.putLong(offset + MATCH_OPEN_TIME_OFFSET, matches.openTimeNanos(i), ORDER);
        buffer.putDouble(offset + MATCH_CONFIDENCE_OFFSET, matches.confidence(i), ORDER);
    }

    /**
     * Decodes every pattern match of the output record into {@code matches} (cleared first); allocates only
     * when {@code matches} must grow.
     */
    public static void decodePatternMatches(final DirectBuffer buffer, final PatternMatches matches)
    {
        matches.clear();
        final int count = matchCount(buffer);
        int offset = matchesOffset(buffer);
        for (int i = 0; i < count; i++)
        {
            matches.add(buffer.getByte(offset + MATCH_KIND_OFFSET),
                buffer.getInt(offset + MATCH_PATTERN_OFFSET, ORDER),
                buffer.getInt(offset + MATCH_SYMBOL_OFFSET, ORDER),
                buffer.getByte(offset + MATCH_TIMEFRAME_OFFSET),
                buffer.getLong(offset + MATCH_OPEN_TIME_OFFSET, ORDER),
                buffer.getInt(offset + MATCH_SIGNAL_OFFSET, ORDER),
                buffer.getDouble(offset + MATCH_CONFIDENCE_OFFSET, ORDER));
            offset += MATCH_LENGTH;
        }
    }

    /**
     * Decodes the trading section of the output record into the three lists (cleared first; left empty for a
     * record without one).
     */
    public static void decodeTrading(final DirectBuffer buffer, final Signal.List signals,
        final DecisionRecord.List decisions, final OrderUpdate.List updates)
    {
        if (buffer.getByte(VERSION_OFFSET) != VERSION_TRADING)
        {
            signals.clear();
            decisions.clear();
            updates.clear();
            return;
        }
        TradingOutputCodec.decode(buffer, matchesOffset(buffer) + matchCount(buffer) * MATCH_LENGTH, signals,
            decisions, updates);
    }

    private static int matchCount(final DirectBuffer buffer)
    {
        return buffer.getShort(MATCH_COUNT_OFFSET, ORDER) & 0xFFFF;
    }

    private static int matchesOffset(final DirectBuffer buffer)
    {
        int offset = HEADER_LENGTH + barCount(buffer) * BAR_LENGTH;
        final int rowCount = buffer.getInt(FEATURE_ROW_COUNT_OFFSET, ORDER);
        for (int row = 0; row < rowCount; row++)
        {
            final int values = buffer.getShort(offset + ROW_VALUE_COUNT_OFFSET, ORDER) & 0xFFFF;
            offset += ROW_HEADER_LENGTH + values * Double.BYTES;
        }
        return offset;
    }

    private static int encodeRow(final FeatureRows rows, final int row, final MutableDirectBuffer buffer,
        final int offset)
    {
        final int count = rows.valueCount(row);
        buffer.putInt(offset + ROW_SET_OFFSET, rows.setId(row), ORDER);
        buffer.putInt(offset + ROW_SYMBOL_OFFSET, rows.symbolId(row), ORDER);
        buffer.putLong(offset + ROW_OPEN_TIME_OFFSET, rows.openTimeNanos(row), ORDER);
        buffer.putLong(offset + ROW_TIMEFRAME_OFFSET, 0L, ORDER);
        buffer.putByte(offset + ROW_TIMEFRAME_OFFSET, rows.timeframe(row));
        buffer.putShort(offset + ROW_VALUE_COUNT_OFFSET, (short)count, ORDER);
        int at = offset + ROW_HEADER_LENGTH;
        for (int column = 0; column < count; column++)
        {
            buffer.putDouble(at, rows.value(row, column), ORDER);
            at += Double.BYTES;
        }
        return at;
    }

    /**
     * Decodes every feature row of the output record into {@code rows} (cleared first); allocates only
     * when {@code rows} must grow.
     */
    public static void decodeFeatureRows(final DirectBuffer buffer, final FeatureRows rows)
    {
        rows.clear();
        final int count = buffer.getInt(FEATURE_ROW_COUNT_OFFSET, ORDER);
        int offset = HEADER_LENGTH + barCount(buffer) * BAR_LENGTH;
        for (int row = 0; row < count; row++)
        {
            rows.beginRow(buffer.getInt(offset + ROW_SET_OFFSET, ORDER), buffer.getInt(offset + ROW_SYMBOL_OFFSET,
                ORDER), buffer.getByte(offset + ROW_TIMEFRAME_OFFSET), buffer.getLong(offset + ROW_OPEN_TIME_OFFSET,
                ORDER));
            final int values = buffer.getShort(offset + ROW_VALUE_COUNT_OFFSET, ORDER) & 0xFFFF;
            offset += ROW_HEADER_LENGTH;
            for (int column = 0; column < values; column++)
            {
                rows.addValue(buffer.getDouble(offset, ORDER));
                offset += Double.BYTES;
            }
        }
    }

    private static void encodeBar(final Bar bar, final MutableDirectBuffer buffer, final int offset)
    {
        buffer.putInt(offset + BAR_SYMBOL_OFFSET, bar.symbolId, ORDER);
        buffer.putInt(offset + BAR_TICK_COUNT_OFFSET, bar.tickCount, ORDER);
        buffer.putLong(offset + BAR_OPEN_TIME_OFFSET, bar.openTimeNanos, ORDER);
        buffer.putDouble(offset + BAR_OPEN_OFFSET, bar.open, ORDER);
        buffer.putDouble(offset + BAR_HIGH_OFFSET, bar.high, ORDER);
        buffer.putDouble(offset + BAR_LOW_OFFSET, bar.low, ORDER);
        buffer.putDouble(offset + BAR_CLOSE_OFFSET, bar.close, ORDER);
        buffer.putDouble(offset + BAR_VOLUME_OFFSET, bar.volume, ORDER);
        buffer.putLong(offset + BAR_TIMEFRAME_OFFSET, 0L, ORDER);
        buffer.putByte(offset + BAR_TIMEFRAME_OFFSET, bar.timeframe);
    }

    /** @return the input sequence that caused the output record at offset 0 of {@code buffer}. */
    public static long causeSequence(final DirectBuffer buffer)
    {
        return buffer.getLong(CAUSE_SEQUENCE_OFFSET, ORDER);
    }

    /** @return the number of closed bars in the output record. */
    public static int barCount(final DirectBuffer buffer)
    {
        return buffer.getInt(BAR_COUNT_OFFSET, ORDER);
    }

    /** Decodes closed bar {@code index} of the output record into {@code bar}. */
    public static void decodeBar(final DirectBuffer buffer, final int index, final Bar bar)
    {
        final int offset = HEADER_LENGTH + index * BAR_LENGTH;
        bar.symbolId = buffer.getInt(offset + BAR_SYMBOL_OFFSET, ORDER);
        bar.tickCount = buffer.getInt(offset + BAR_TICK_COUNT_OFFSET, ORDER);
        bar.openTimeNanos = buffer.getLong(offset + BAR_OPEN_TIME_OFFSET, ORDER);
        bar.open = buffer.getDouble(offset + BAR_OPEN_OFFSET, ORDER);
        bar.high = buffer.getDouble(offset + BAR_HIGH_OFFSET, ORDER);
        bar.low = buffer.getDouble(offset + BAR_LOW_OFFSET, ORDER);
        bar.close = buffer.getDouble(offset + BAR_CLOSE_OFFSET, ORDER);
        bar.volume = buffer.getDouble(offset + BAR_VOLUME_OFFSET, ORDER);
        bar.timeframe = buffer.getByte(offset + BAR_TIMEFRAME_OFFSET);
    }

    /**
     * Describes the output record for people (divergence reports, the CLI); allocates.
     *
     * @param buffer holds the record at offset 0.
     * @return a one-line description.
     */
    public static String describe(final DirectBuffer buffer)
    {
        final StringBuilder sb = new StringBuilder();
        sb.append("cause=").append(causeSequence(buffer))
            .append(" type=").append(EventType.name(buffer.getByte(TYPE_OFFSET)))
            .append(" commandResult=").append(CommandResult.name(buffer.getInt(COMMAND_RESULT_OFFSET, ORDER)));
        final Bar bar = new Bar();
        for (int i = 0; i < barCount(buffer); i++)
        {
            decodeBar(buffer, i, bar);
            sb.append(" bar[").append(i).append("]=").append(bar);
        }
        final FeatureRows rows = new FeatureRows();
        decodeFeatureRows(buffer, rows);
        for (int row = 0; row < rows.size(); row++)
        {
            sb.append(" features[").append(row).append("]={set=").append(rows.setId(row))
                .append(", symbol=").append(rows.symbolId(row)).append(", tf=").append(rows.timeframe(row))
                .append(", openTime=").append(rows.openTimeNanos(row)).append(", values=[");
            for (int column = 0; column < rows.valueCount(row); column++)
            {
                sb.append(column == 0 ? "" : ", ").append(rows.value(row, column));
            }
            sb.append("]}");
        }
        final PatternMatches matches = new PatternMatches();
        decodePatternMatches(buffer, matches);
        for (int i = 0; i < matches.size(); i++)
        {
            sb.append(" pattern[").append(i).append("]={kind=").append(matches.kind(i))
                .append(", id=").append(matches.patternId(i)).append(", symbol=").append(matches.symbolId(i))
                .append(", tf=").append(matches.timeframe(i)).append(", openTime=").append(matches.openTimeNanos(i))
                .append(", signal=").append(matches.signal(i)).append(", confidence=").append(matches.confidence(i))
                .append('}');
        }
        describeTrading(buffer, sb);
        return sb.toString();
    }

    private static void describeTrading(final DirectBuffer buffer, final StringBuilder sb)
    {
        final Signal.List signals = new Signal.List();
        final DecisionRecord.List decisions = new DecisionRecord.List();
        final OrderUpdate.List updates = new OrderUpdate.List();
        decodeTrading(buffer, signals, decisions, updates);
        for (int i = 0; i < signals.size(); i++)
        {
            final Signal s = signals.get(i);
            sb.append(" signal[").append(i).append("]={agent=").append(s.agentId).append(", symbol=")
                .append(s.symbolId).append(", direction=").append(s.direction).append(", strength=")
                .append(s.strength).append(", confidence=").append(s.confidence).append(", share=").append(s.share)
                .append('}');
        }
        for (int i = 0; i < decisions.size(); i++)
        {
            final DecisionRecord d = decisions.get(i);
            sb.append(" decision[").append(i).append("]={symbol=").append(d.symbolId).append(", score=")
                .append(d.score).append(", action=").append(DecisionRecord.actionName(d.action)).append(", lots=")
                .append(d.lots).append(", hold=").append(d.holdReason).append(", risk=").append(d.riskReason)
                .append(", order=").append(d.orderId).append('}');
        }
        for (int i = 0; i < updates.size(); i++)
        {
            final OrderUpdate u = updates.get(i);
            sb.append(" order[").append(i).append("]={").append(OrderUpdate.kindName(u.kind)).append(", id=")
                .append(u.orderId).append(", symbol=").append(u.symbolId).append(", side=").append(u.side)
                .append(", state=").append(u.state).append(", lots=").append(u.lots).append(", filled=")
                .append(u.filledLots).append(", position=").append(u.positionLots).append(", code=").append(u.code)
                .append('}');
        }
    }
}
