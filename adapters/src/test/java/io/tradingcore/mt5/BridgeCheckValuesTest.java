package io.tradingcore.mt5;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import static io.tradingcore.mt5.BridgeProtocol.BYTE_ORDER;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_INVALID_VALUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The value rules of {@link BridgeCodec#checkValues} (INVALID_VALUE, code 10): each rule with its exact message, on
 * frames that {@link BridgeCodec#validate} accepts.
 */
class BridgeCheckValuesTest
{
    @Test
    void sensibleFramesPassAndMoneyMayBeNegative()
    {
        for (final UnsafeBuffer buffer : new UnsafeBuffer[]{TestFrames.workedExample(), TestFrames.bar(),
            TestFrames.positions(3, 3), TestFrames.symbolInfo(), TestFrames.hello()})
        {
            assertValid(buffer, true);
        }
        assertValid(TestFrames.orderNew(), false);
        final UnsafeBuffer account = TestFrames.zeroed(BridgeProtocol.TYPE_ACCOUNT_INFO, 2);
        new AccountInfo().wrap(account, 0).balance(-10).equity(-12.5).freeMargin(-12.5).currency("USD");
        assertValid(account, true);
        final UnsafeBuffer report = TestFrames.zeroed(BridgeProtocol.TYPE_EXEC_REPORT, 4);
        new ExecReport().wrap(report, 0).commission(-0.7).swap(-1.25).retcode(-1);
        assertValid(report, true);
        final UnsafeBuffer lastOnly = TestFrames.workedExample();
        new Tick().wrap(lastOnly, 0).bid(0).ask(0).last(812.5);
        assertValid(lastOnly, true);
    }

    @Test
    void pricesAndVolumesMustNotBeNegative()
    {
        final UnsafeBuffer tick = TestFrames.workedExample();
        new Tick().wrap(tick, 0).bid(-1.5);
        assertInvalid(tick, true, 42, "TICK frame 42: field bid at offset 24 is -1.5, must be >= 0");
        final UnsafeBuffer positions = TestFrames.positions(2, 2);
        new PositionsSnapshot().wrap(positions, 0).entry(0).volume(-1);
        assertInvalid(positions, true, 5,
            "POSITIONS_SNAPSHOT frame 5: field entries[0].volume at offset 56 is -1.0, must be >= 0");
        final UnsafeBuffer report = TestFrames.zeroed(BridgeProtocol.TYPE_EXEC_REPORT, 4);
        new ExecReport().wrap(report, 0).lastPrice(-0.5);
        assertInvalid(report, true, 4, "EXEC_REPORT frame 4: field lastPrice at offset 64 is -0.5, must be >= 0");
        final UnsafeBuffer symbol = TestFrames.symbolInfo();
        new SymbolInfo().wrap(symbol, 0).tickValue(-1e-300);
        assertInvalid(symbol, true, 3, "SYMBOL_INFO frame 3: field tickValue at offset 64 is -1.0E-300, must be >= 0");
    }

    @Test
    void aTickNeedsAPositiveBidOrLast()
    {
        final UnsafeBuffer tick = TestFrames.workedExample();
        new Tick().wrap(tick, 0).bid(0).ask(1.0);
        assertInvalid(tick, true, 42,
            "TICK frame 42: needs a positive bid or last, has bid 0.0 at offset 24 and last 0.0 at offset 40");
    }

    @Test
    void aBarHasLowAtMostOpenAndCloseAtMostHigh()
    {
        final UnsafeBuffer flat = TestFrames.bar();
        new Bar().wrap(flat, 0).open(1.0).high(1.0).low(1.0).close(1.0);
        assertValid(flat, true);
        final UnsafeBuffer inverted = TestFrames.bar();
        new Bar().wrap(inverted, 0).low(1.3);
        assertInvalid(inverted, true, 9, "BAR frame 9: field low at offset 40 is 1.3, above high 1.2");
        final UnsafeBuffer open = TestFrames.bar();
        new Bar().wrap(open, 0).open(1.25);
        assertInvalid(open, true, 9, "BAR frame 9: field open at offset 24 is 1.25, outside [low 1.0, high 1.2]");
        final UnsafeBuffer close = TestFrames.bar();
        new Bar().wrap(close, 0).close(0.9);
        assertInvalid(close, true, 9, "BAR frame 9: field close at offset 48 is 0.9, outside [low 1.0, high 1.2]");
    }

    @Test
    void anOrderNeedsAPositiveVolume()
    {
        final UnsafeBuffer zero = TestFrames.orderNew();
        new OrderNew().wrap(zero, 0).volume(0);
        assertInvalid(zero, false, 7, "ORDER_NEW frame 7: field volume at offset 40 is 0.0, must be > 0");
        final UnsafeBuffer negativeZero = TestFrames.orderNew();
        new OrderNew().wrap(negativeZero, 0).volume(-0.0);
        assertInvalid(negativeZero, false, 7, "ORDER_NEW frame 7: field volume at offset 40 is -0.0, must be > 0");
    }

    @Test
    void enumerationsOnlyTakeTheirDocumentedValues()
    {
        assertOutOfRange(TestFrames.orderNew(), false, 88, 2, "ORDER_NEW frame 7: field side at offset 88 is 2, " +
            "must be in 0..1");
        assertOutOfRange(TestFrames.orderNew(), false, 89, 3, "ORDER_NEW frame 7: field orderType at offset 89 is 3, " +
            "must be in 0..2");
        assertOutOfRange(TestFrames.orderNew(), false, 90, 3, "ORDER_NEW frame 7: field filling at offset 90 is 3, " +
            "must be in 0..2");
        assertOutOfRange(TestFrames.orderNew(), false, 91, 255, "ORDER_NEW frame 7: field timeType at offset 91 " +
            "is 255, must be in 0..2");
        assertOutOfRange(TestFrames.bar(), true, 68, 7, "BAR frame 9: field timeframe at offset 68 is 7, " +
            "must be in 0..6");
        assertOutOfRange(TestFrames.zeroed(BridgeProtocol.TYPE_EXEC_REPORT, 4), true, 120, 7, "EXEC_REPORT frame 4: " +
            "field execType at offset 120 is 7, must be in 0..6");
        assertOutOfRange(TestFrames.zeroed(BridgeProtocol.TYPE_EXEC_REPORT, 4), true, 121, 2, "EXEC_REPORT frame 4: " +
            "field side at offset 121 is 2, must be in 0..1");
        assertOutOfRange(TestFrames.positions(1, 1), true, 32 + 92, 2, "POSITIONS_SNAPSHOT frame 5: " +
            "field entries[0].side at offset 124 is 2, must be in 0..1");
        assertOutOfRange(TestFrames.symbolInfo(), true, 80, 5, "SYMBOL_INFO frame 3: field tradeMode at offset 80 " +
            "is 5, must be in 0..4");
        final UnsafeBuffer account = TestFrames.zeroed(BridgeProtocol.TYPE_ACCOUNT_INFO, 2);
        assertOutOfRange(account, true, 60, 3, "ACCOUNT_INFO frame 2: field marginMode at offset 60 is 3, " +
            "must be in 0..2");
        final UnsafeBuffer error = TestFrames.zeroed(BridgeProtocol.TYPE_ERROR, 1);
        assertInvalid(error, true, 1, "ERROR frame 1: field code at offset 16 is 0, must be in 1..14");
        error.putShort(16, (short)15, BYTE_ORDER);
        assertInvalid(error, false, 1, "ERROR frame 1: field code at offset 16 is 15, must be in 1..14");
    }

    private static void assertOutOfRange(
        final UnsafeBuffer buffer, final boolean fromClient, final int offset, final int value, final String message)
    {
        buffer.putByte(offset, (byte)value);
        assertInvalid(buffer, fromClient, BridgeCodec.sequence(buffer, 0), message);
    }

    @Test
    void symbolIndexesGoUpTo1023()
    {
        final UnsafeBuffer tick = TestFrames.workedExample();
        new Tick().wrap(tick, 0).symbolIndex(1023);
        assertValid(tick, true);
        new Tick().wrap(tick, 0).symbolIndex(1024);
        assertInvalid(tick, true, 42, "TICK frame 42: field symbolIndex at offset 56 is 1024, must be in 0..1023");
        new Tick().wrap(tick, 0).symbolIndex(-1);
        assertInvalid(tick, true, 42,
            "TICK frame 42: field symbolIndex at offset 56 is 4294967295, must be in 0..1023");
    }

    @Test
    void aSnapshotHoldsAtMost500Positions()
    {
        final UnsafeBuffer buffer = TestFrames.positions(500, 501);
        buffer.putInt(0, 32 + 96 * 501, BYTE_ORDER);
        buffer.putInt(24, 501, BYTE_ORDER);
        assertInvalid(buffer, true, 5,
            "POSITIONS_SNAPSHOT frame 5: field count at offset 24 is 501, must be in 0..500");
    }

    @Test
    void marketOrdersHaveNoPriceAndPendingOrdersHaveOne()
    {
        final UnsafeBuffer market = TestFrames.orderNew();
        new OrderNew().wrap(market, 0).price(1.1);
        assertInvalid(market, false, 7,
            "ORDER_NEW frame 7: field price at offset 48 is 1.1, must be 0 for a market order");
        final UnsafeBuffer limit = TestFrames.orderNew();
        new OrderNew().wrap(limit, 0).orderType(BridgeProtocol.ORDER_TYPE_LIMIT);
        assertInvalid(limit, false, 7,
            "ORDER_NEW frame 7: field price at offset 48 is 0.0, must be > 0 for a limit or stop order");
        new OrderNew().wrap(limit, 0).price(1.04);
        assertValid(limit, false);
    }

    @Test
    void onlyTimeType2HasAnExpiration()
    {
        final UnsafeBuffer until = TestFrames.orderNew();
        new OrderNew().wrap(until, 0).timeType(BridgeProtocol.TIME_SPECIFIED);
        assertInvalid(until, false, 7,
            "ORDER_NEW frame 7: field expirationMs at offset 72 is 0, must be set for timeType 2");
        new OrderNew().wrap(until, 0).expirationMs(1_795_780_800_000L);
        assertValid(until, false);
        final UnsafeBuffer gtc = TestFrames.orderNew();
        new OrderNew().wrap(gtc, 0).expirationMs(5);
        assertInvalid(gtc, false, 7,
            "ORDER_NEW frame 7: field expirationMs at offset 72 is 5, must be 0 unless timeType is 2");
    }

    @Test
    void aSymbolHasAName()
    {
        final UnsafeBuffer buffer = TestFrames.symbolInfo();
        new SymbolInfo().wrap(buffer, 0).symbol("");
        assertInvalid(buffer, true, 3, "SYMBOL_INFO frame 3: field symbol at offset 88 is empty");
    }

    private static void assertValid(final UnsafeBuffer buffer, final boolean fromClient)
    {
        assertThat(BridgeCodec.validate(buffer, 0, buffer.capacity(), fromClient)).isEqualTo(buffer.capacity());
        BridgeCodec.checkValues(buffer, 0);
    }

    private static void assertInvalid(
        final UnsafeBuffer buffer, final boolean fromClient, final long sequence, final String message)
    {
        assertThat(BridgeCodec.validate(buffer, 0, buffer.capacity(), fromClient)).isEqualTo(buffer.capacity());
        assertThatThrownBy(() -> BridgeCodec.checkValues(buffer, 0))
            .isInstanceOfSatisfying(BridgeProtocolException.class, ex ->
            {
                assertThat(ex.errorCode()).isEqualTo(ERROR_INVALID_VALUE);
                assertThat(ex.sequence()).isEqualTo(sequence);
                assertThat(ex.closesConnection()).isFalse();
            })
            .hasMessage(message);
    }
}
