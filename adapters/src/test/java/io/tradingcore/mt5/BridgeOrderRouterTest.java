package io.tradingcore.mt5;

import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import io.tradingcore.event.OrderUpdate;
import io.tradingcore.event.SourceIds;
import io.tradingcore.order.OrderState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.tradingcore.mt5.BridgeProtocol.TYPE_ORDER_NEW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order router: a PLACED order goes to the terminal as ORDER_NEW; an order no terminal can take comes back as a
 * journaled REJECTED execution report saying why.
 */
class BridgeOrderRouterTest
{
    @TempDir
    Path dir;

    private static BridgeLeaks leaks;

    @BeforeAll
    static void detectLeaks()
    {
        leaks = new BridgeLeaks();
    }

    @AfterAll
    static void noLeaks() throws InterruptedException
    {
        try
        {
            leaks.assertNone();
        }
        finally
        {
            leaks.detach();
        }
    }

    @Test
    void aPlacedOrderReachesTheTerminalAsAMarketOrder() throws Exception
    {
        try (BridgeHarness harness = new BridgeHarness(dir);
            BridgeTestClient client = new BridgeTestClient(harness.port(), 3001))
        {
            client.handshake();
            client.send(client.symbolInfo(4, "EURUSD"));
            final int symbol = harness.engine.publisher().symbol("EURUSD", 0);
            BridgeHarness.await(() -> harness.server.symbolIndex(3001, symbol) == 4, "the symbol declaration");
            final BridgeOrderRouter router = new BridgeOrderRouter(harness.server, harness.engine.publisher(), 0, 15);

            router.onOutput(placed(symbol, 9, BridgeProtocol.SIDE_SELL));

            final OrderNew order = new OrderNew().wrap(client.expect(TYPE_ORDER_NEW), 0);
            assertThat(order.clientOrderId()).isEqualTo(9);
            assertThat(order.magic()).isEqualTo(6001);
            assertThat(order.volume()).isEqualTo(0.25);
            assertThat(order.price()).isZero();
            assertThat(order.stopLoss()).isEqualTo(1.2);
            assertThat(order.takeProfit()).isEqualTo(1.0);
            assertThat(order.symbolIndex()).isEqualTo(4);
            assertThat(order.side()).isEqualTo(BridgeProtocol.SIDE_SELL);
            assertThat(order.orderType()).isEqualTo(BridgeProtocol.ORDER_TYPE_MARKET);
            assertThat(order.deviationPoints()).isEqualTo(15);
            assertThat(router.sent()).isEqualTo(1);
            assertThat(router.refused()).isZero();
        }
    }

    @Test
    void anOrderWithoutATerminalIsRejectedThroughTheJournal()
    {
        try (BridgeHarness harness = new BridgeHarness(dir))
        {
            final int symbol = harness.engine.publisher().symbol("EURUSD", 0);
            final BridgeOrderRouter router = new BridgeOrderRouter(harness.server, harness.engine.publisher(), 0, 15);

            router.onOutput(placed(symbol, 11, BridgeProtocol.SIDE_BUY));
            router.onOutput(placed(symbol, 12, BridgeProtocol.SIDE_BUY));

            final List<Event> reports = harness.awaitEvents(SourceIds.ORDER_ROUTER, 2);
            assertThat(reports).allSatisfy(e ->
            {
                assertThat(e.type).isEqualTo(EventType.EXEC_REPORT);
                assertThat(e.symbolId).isEqualTo(symbol);
                assertThat(e.execReport.execType).isEqualTo(io.tradingcore.event.ExecReport.REJECTED);
                assertThat(e.execReport.retcode).isEqualTo(BridgeOrderRouter.RETCODE_NO_CONNECTION);
            });
            assertThat(reports).extracting(e -> e.execReport.orderId).containsExactly(11L, 12L);
            assertThat(router.refused()).isEqualTo(2);
            assertThat(router.sent()).isZero();
        }
    }

    @Test
    void anOrderForASymbolTheTerminalDidNotDeclareIsRejectedAsInvalid() throws Exception
    {
        try (BridgeHarness harness = new BridgeHarness(dir);
            BridgeTestClient client = new BridgeTestClient(harness.port(), 3002))
        {
            client.handshake();
            BridgeHarness.await(() -> harness.server.session(3002) != null, "the live session");
            final int symbol = harness.engine.publisher().symbol("XAUUSD", 0);
            final BridgeOrderRouter router = new BridgeOrderRouter(harness.server, harness.engine.publisher(), 3002,
                15);

            router.onOutput(placed(symbol, 13, BridgeProtocol.SIDE_BUY));

            assertThat(harness.awaitEvents(SourceIds.ORDER_ROUTER, 1)).singleElement()
                .satisfies(e -> assertThat(e.execReport.retcode).isEqualTo(BridgeOrderRouter.RETCODE_INVALID));
        }
    }

    private static Event placed(final int symbol, final long orderId, final int side)
    {
        final Event event = new Event();
        event.type = EventType.TICK;
        final OrderUpdate update = event.orderUpdates.add();
        update.kind = OrderUpdate.PLACED;
        update.state = OrderState.SENT;
        update.orderId = orderId;
        update.symbolId = symbol;
        update.side = (byte)side;
        update.magic = 6001;
        update.lots = 0.25;
        update.price = 1.1;
        update.stopLoss = side == BridgeProtocol.SIDE_SELL ? 1.2 : 1.0;
        update.takeProfit = side == BridgeProtocol.SIDE_SELL ? 1.0 : 1.2;
        final OrderUpdate report = event.orderUpdates.add();
        report.kind = OrderUpdate.REPORT;
        report.orderId = orderId + 100;
        final OrderUpdate rejected = event.orderUpdates.add();
        rejected.kind = OrderUpdate.PLACED;
        rejected.state = OrderState.REJECTED;
        rejected.orderId = orderId + 200;
        return event;
    }
}
