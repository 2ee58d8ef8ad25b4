package io.tradingcore.mt5;

import java.util.HexFormat;

import org.agrona.concurrent.UnsafeBuffer;

import static io.tradingcore.mt5.BridgeProtocol.HEADER_LENGTH;

/**
 * Small valid frames for the example-based tests, each in a buffer of exactly its length (so validate gets
 * {@code buffer.capacity()} as the available length). The TICK is the worked example of docs/mt5-protocol.md.
 */
final class TestFrames
{
    /** The worked example of the document: a TICK, sequence 42. */
    static final String WORKED_EXAMPLE =
        "40 00 00 00 0c 00 01 00 2a 00 00 00 00 00 00 00" +
        "fa 6e e0 1c a2 01 00 00 61 37 6c 5b 94 d9 f0 3f" +
        "b6 84 7c d0 b3 d9 f0 3f 00 00 00 00 00 00 00 00" +
        "00 00 00 00 00 00 00 00 03 00 00 00 06 00 00 00";

    private TestFrames()
    {
    }

    static byte[] hex(final String text)
    {
        return HexFormat.of().parseHex(text.replace(" ", ""));
    }

    static UnsafeBuffer workedExample()
    {
        return new UnsafeBuffer(hex(WORKED_EXAMPLE));
    }

    /** An all-zero body of the type (count 0 for POSITIONS_SNAPSHOT) under a valid header. */
    static UnsafeBuffer zeroed(final int type, final long sequence)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[HEADER_LENGTH + BridgeProtocol.bodyLength(type, 0)]);
        DocLayout.flyweight(type).wrapForEncode(buffer, 0, sequence);
        return buffer;
    }

    static UnsafeBuffer bar()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[HEADER_LENGTH + BridgeProtocol.BAR_BODY_LENGTH]);
        new Bar().wrapForEncode(buffer, 0, 9).openTimeMs(1_795_780_800_000L).open(1.1).high(1.2).low(1.0)
            .close(1.15).volume(10).symbolIndex(3).timeframe(BridgeProtocol.TIMEFRAME_H1);
        return buffer;
    }

    /** A snapshot (sequence 5) of {@code count} buy positions of 0.1 lot, in a buffer with room for {@code room}. */
    static UnsafeBuffer positions(final int count, final int room)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[HEADER_LENGTH +
            BridgeProtocol.bodyLength(BridgeProtocol.TYPE_POSITIONS_SNAPSHOT, room)]);
        final PositionsSnapshot snapshot = new PositionsSnapshot().wrapForEncode(buffer, 0, 5)
            .asOfMs(1_795_780_800_000L).count(count);
        for (int i = 0; i < count; i++)
        {
            snapshot.entry(i).ticket(100 + i).identifier(100 + i).volume(0.1).priceOpen(1.05).profit(-3.5)
                .swap(-0.25).commission(-0.7).openTimeMs(1_795_780_000_000L).symbolIndex(3)
                .side(BridgeProtocol.SIDE_BUY);
        }
        return buffer;
    }

    static UnsafeBuffer orderNew()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[HEADER_LENGTH + BridgeProtocol.ORDER_NEW_BODY_LENGTH]);
        new OrderNew().wrapForEncode(buffer, 0, 7).clientOrderId(1).magic(77).volume(0.1).symbolIndex(3)
            .deviationPoints(10).side(BridgeProtocol.SIDE_BUY).orderType(BridgeProtocol.ORDER_TYPE_MARKET)
            .filling(BridgeProtocol.FILLING_IOC).timeType(BridgeProtocol.TIME_GTC).comment("tc");
        return buffer;
    }

    static UnsafeBuffer symbolInfo()
    {
        final UnsafeBuffer buffer =
            new UnsafeBuffer(new byte[HEADER_LENGTH + BridgeProtocol.SYMBOL_INFO_BODY_LENGTH]);
        new SymbolInfo().wrapForEncode(buffer, 0, 3).point(0.00001).contractSize(100_000).volumeMin(0.01)
            .volumeMax(100).volumeStep(0.01).tickSize(0.00001).tickValue(1).symbolIndex(3).digits(5)
            .tradeMode(BridgeProtocol.TRADE_MODE_FULL).symbol("EURUSD").currencyBase("EUR").currencyProfit("USD");
        return buffer;
    }

    static UnsafeBuffer hello()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[HEADER_LENGTH + BridgeProtocol.HELLO_BODY_LENGTH]);
        new Hello().wrapForEncode(buffer, 0, 1).login(51_234_567).minVersion(1).maxVersion(1).clientBuild(4410)
            .terminal("MetaQuotes Ltd.").server("Broker-Demo");
        return buffer;
    }
}
