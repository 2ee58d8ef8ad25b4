package io.tradingcore.bench;

import io.tradingcore.engine.Stage;
import io.tradingcore.event.DecisionRecord;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import io.tradingcore.market.MarketStage;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A bench-only decision stage for {@link BridgeRoundTripLatency}: writes one {@link DecisionRecord} into every TICK,
 * BUY and SELL alternating, always {@code lots} lots, at the tick's price ({@link MarketStage#barPrice}). Placed
 * between the market stage and the real risk stage, it stands in for agents + decision so that every tick becomes
 * a decision the risk stage turns into an order.
 *
 * <p>The risk stage reads a decision as a target position (+lots for BUY, -lots for SELL) and orders the target
 * minus the position minus the lots still working. As long as every order is accepted and filled in full, position
 * plus working lots always equal the previous decision's target, so alternating targets give an order of
 * {@code lots} for the first tick and {@code 2 x lots} for every later one, whether or not the fill of the previous
 * order has arrived yet: exactly one order per tick.
 *
 * <p>Logic stage: runs on the logic thread only; allocates nothing per event.
 */
final class BridgeAlternatingStage implements Stage
{
    /** The stage's name in snapshots and thread names. */
    static final String NAME = "bench-alternating";

    private final double lots;
    private byte nextAction = DecisionRecord.BUY;

    /** @param lots the size of every decision, lots, > 0. */
    BridgeAlternatingStage(final double lots)
    {
        if (!(lots > 0) || Double.isInfinite(lots))
        {
            throw new IllegalArgumentException("lots must be > 0, got " + lots);
        }
        this.lots = lots;
    }

    @Override
    public String name()
    {
        return NAME;
    }

    /** Logic thread: one decision per TICK with a price; every other event passes untouched. */
    @Override
    public void onEvent(final Event event)
    {
        final double price = MarketStage.barPrice(event.bid, event.last);
        if (event.type != EventType.TICK || !(price > 0))
        {
            return;
        }
        final boolean buy = nextAction == DecisionRecord.BUY;
        final DecisionRecord record = event.decisions.add();
        record.symbolId = event.symbolId;
        record.openTimeNanos = event.timeNanos;
        record.direction = (byte)(buy ? 1 : -1);
        record.score = buy ? 1 : -1;
        record.agreement = 1;
        record.confidence = 1;
        record.action = nextAction;
        record.lots = lots;
        record.price = price;
        nextAction = buy ? DecisionRecord.SELL : DecisionRecord.BUY;
    }

    /** Logic thread: the action of the next decision. */
    @Override
    public void writeSnapshot(final DataOutput out) throws IOException
    {
        out.writeByte(nextAction);
    }

    /** Logic thread: restores what {@link #writeSnapshot} wrote. */
    @Override
    public void readSnapshot(final DataInput in) throws IOException
    {
        final byte action = in.readByte();
        if (action != DecisionRecord.BUY && action != DecisionRecord.SELL)
        {
            throw new IOException(NAME + " snapshot holds action " + action + ", expected BUY or SELL");
        }
        nextAction = action;
    }
}
