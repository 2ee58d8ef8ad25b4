package io.tradingcore.risk;

import io.tradingcore.event.AccountReport;
import io.tradingcore.event.DecisionRecord;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import io.tradingcore.event.ExecReport;
import io.tradingcore.event.OrderUpdate;
import io.tradingcore.event.PositionReport;
import io.tradingcore.market.Timeframe;

import java.util.ArrayList;
import java.util.List;

/** The hand-built events and the copies of outputs {@link RiskStageTest} drives the risk stage with. */
final class RiskStageDriver
{
    static final long SECOND = 1_000_000_000L;
    static final long T0 = 1_704_189_600L * SECOND;
    static final long MAGIC = 6001;
    static final long LOGIN = 42;
    static final int RETCODE_DONE = 10009;
    static final int GOLD = 0;
    static final int EURUSD = 1;
    static final int BTCUSD = 2;
    static final int ETHUSD = 3;
    static final byte BUY = DecisionRecord.BUY;
    static final byte SELL = DecisionRecord.SELL;

    private RiskStageDriver()
    {
    }

    /** What the risk stage wrote into a decision record. */
    record Decided(int riskReason, long orderId, double orderLots)
    {
    }

    /** A copy of an {@link OrderUpdate}. */
    record Update(byte kind, long orderId, int symbolId, byte side, byte state, long magic, long positionTicket,
        double lots, double price, double stopLoss, double takeProfit, double filledLots, double averagePrice,
        double lastLots, double lastPrice, double commission, double realisedPnl, double positionLots,
        double terminalLots, int code)
    {
        static Update of(final OrderUpdate u)
        {
            return new Update(u.kind, u.orderId, u.symbolId, u.side, u.state, u.magic, u.positionTicket, u.lots,
                u.price, u.stopLoss, u.takeProfit, u.filledLots, u.averagePrice, u.lastLots, u.lastPrice,
                u.commission, u.realisedPnl, u.positionLots, u.terminalLots, u.code);
        }
    }

    /**
     * Feeds hand-built events to one risk stage, every input field set (the event is reused, as a ring entry is),
     * and keeps what the stage wrote: the last event's order updates, and a log of every output.
     */
    static final class Driver
    {
        private static final ExecReport NO_REPORT = new ExecReport();
        private static final AccountReport NO_ACCOUNT = new AccountReport();
        private static final PositionReport NO_POSITION = new PositionReport();

        final RiskStage stage;
        final Event event = new Event();
        final List<Update> updates = new ArrayList<>();
        final List<Object> log = new ArrayList<>();
        long sequence;

        /** Defines XAUUSD, EURUSD, BTCUSD and ETHUSD (ids 0 to 3). */
        Driver(final RiskStage stage)
        {
            this.stage = stage;
            int id = 0;
            for (final String name : List.of("XAUUSD", "EURUSD", "BTCUSD", "ETHUSD"))
            {
                begin(EventType.SYMBOL, T0);
                event.symbolId = id++;
                event.payloadLength = event.payload.putStringWithoutLengthAscii(0, name);
                run();
            }
            log.clear();
        }

        void tick(final long time, final int symbol, final double bid, final double ask, final double last)
        {
            begin(EventType.TICK, time);
            event.symbolId = symbol;
            event.bid = bid;
            event.ask = ask;
            event.last = last;
            run();
        }

        void bar(final long time, final int symbol, final double close)
        {
            begin(EventType.BAR, time);
            event.symbolId = symbol;
            event.bar.set(symbol, Timeframe.M1.code(), time - 60 * SECOND, close, close, close, close, 1, 0);
            run();
        }

        Decided decide(final long time, final int symbol, final byte action, final double lots, final double price)
        {
            return decide(time, symbol, action, lots, price, 0, 0);
        }

        Decided decide(final long time, final int symbol, final byte action, final double lots, final double price,
            final double stopLoss, final double takeProfit)
        {
            begin(EventType.TIMER, time);
            final DecisionRecord record = event.decisions.add();
            record.symbolId = symbol;
            record.timeframe = Timeframe.M1.code();
            record.openTimeNanos = time - 60 * SECOND;
            record.direction = (byte)(action == BUY ? 1 : -1);
            record.action = action;
            record.lots = lots;
            record.price = price;
            record.stopLoss = stopLoss;
            record.takeProfit = takeProfit;
            run();
            return new Decided(record.riskReason, record.orderId, record.orderLots);
        }

        List<Update> fill(final long time, final long orderId, final byte side, final double lots, final double price,
            final long positionId, final double commission)
        {
            return report(time, GOLD, orderId, ExecReport.FILL, side, lots, price, lots, positionId, commission);
        }

        List<Update> report(final long time, final int symbol, final long orderId, final byte execType,
            final byte side, final double lastLots, final double lastPrice, final double cumulative,
            final long positionId, final double commission)
        {
            begin(EventType.EXEC_REPORT, time);
            event.symbolId = symbol;
            final ExecReport report = event.execReport;
            report.orderId = orderId;
            report.execId = execType == ExecReport.FILL || execType == ExecReport.PARTIAL_FILL ? sequence : 0;
            report.brokerOrderId = 9000 + orderId;
            report.positionId = positionId;
            report.execType = execType;
            report.side = side;
            report.retcode = RETCODE_DONE;
            report.lastQuantity = lastLots;
            report.lastPrice = lastPrice;
            report.cumulativeQuantity = cumulative;
            report.averagePrice = lastPrice;
            report.commission = commission;
            run();
            return List.copyOf(updates);
        }

        void account(final long time, final long login, final byte marginMode)
        {
            begin(EventType.ACCOUNT, time);
            event.account.login = login;
            event.account.balance = 100_000;
            event.account.equity = 100_000;
            event.account.leverage = 100;
            event.account.marginMode = marginMode;
            run();
        }

        List<Update> position(final long time, final long login, final int index, final int count, final int symbol,
            final long ticket, final long magic, final byte side, final double volume, final double priceOpen)
        {
            begin(EventType.POSITION, time);
            event.symbolId = symbol;
            final PositionReport entry = event.position;
            entry.login = login;
            entry.asOfNanos = time;
            entry.index = index;
            entry.count = count;
            entry.ticket = ticket;
            entry.identifier = ticket;
            entry.magic = magic;
            entry.side = side;
            entry.volume = volume;
            entry.priceOpen = priceOpen;
            entry.openTimeNanos = T0;
            run();
            return List.copyOf(updates);
        }

        List<Update> emptyPositions(final long time, final long login)
        {
            begin(EventType.POSITION, time);
            event.position.login = login;
            event.position.asOfNanos = time;
            run();
            return List.copyOf(updates);
        }

        int command(final long time, final int type)
        {
            begin(EventType.COMMAND, time);
            event.commandType = type;
            run();
            log.add("command " + event.commandHandled + " " + event.commandResult);
            return event.commandResult;
        }

        private void begin(final byte type, final long time)
        {
            event.resetOutputs();
            event.sequence = ++sequence;
            event.type = type;
            event.timeNanos = time;
            event.symbolId = -1;
            event.bid = 0;
            event.ask = 0;
            event.last = 0;
            event.volume = 0;
            event.execReport.copyFrom(NO_REPORT);
            event.account.copyFrom(NO_ACCOUNT);
            event.position.copyFrom(NO_POSITION);
            event.commandType = 0;
            event.payloadLength = 0;
        }

        private void run()
        {
            stage.onEvent(event);
            updates.clear();
            for (int i = 0; i < event.orderUpdates.size(); i++)
            {
                updates.add(Update.of(event.orderUpdates.get(i)));
            }
            for (int i = 0; i < event.decisions.size(); i++)
            {
                final DecisionRecord record = event.decisions.get(i);
                log.add(new Decided(record.riskReason, record.orderId, record.orderLots));
            }
            log.addAll(updates);
        }
    }
}
