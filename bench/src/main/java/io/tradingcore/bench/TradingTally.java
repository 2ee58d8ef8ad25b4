package io.tradingcore.bench;

import io.tradingcore.event.DecisionRecord;
import io.tradingcore.event.Event;
import io.tradingcore.event.OrderUpdate;
import io.tradingcore.risk.RiskReason;

/**
 * Counts what the trading stages wrote into the events of a benchmark run (votes, decisions, risk refusals,
 * orders placed), per pass over the input as well as in total, so that a run can prove afterwards that it
 * traded all along: {@link #requireTrading} fails unless every complete pass placed orders and the broker filled
 * each order once.
 *
 * <p>Runs on the benchmark thread only; {@link #count} and {@link #endPass} allocate nothing.
 */
final class TradingTally
{
    private long events;
    private long signals;
    private long decisions;
    private long buys;
    private long sells;
    private long riskRefusals;
    private long placed;
    private long placedAtPassStart;
    private long fewestPlacedInAPass = Long.MAX_VALUE;
    private int passes;

    /** Adds the outputs of one event the chain has applied. */
    void count(final Event event)
    {
        events++;
        signals += event.signals.size();
        final DecisionRecord.List records = event.decisions;
        for (int i = 0; i < records.size(); i++)
        {
            final DecisionRecord record = records.get(i);
            decisions++;
            buys += record.action == DecisionRecord.BUY ? 1 : 0;
            sells += record.action == DecisionRecord.SELL ? 1 : 0;
            riskRefusals += record.riskReason != RiskReason.NONE ? 1 : 0;
        }
        final OrderUpdate.List updates = event.orderUpdates;
        for (int i = 0; i < updates.size(); i++)
        {
            placed += updates.get(i).kind == OrderUpdate.PLACED ? 1 : 0;
        }
    }

    /** Closes a pass over the whole input (one benchmark invocation). */
    void endPass()
    {
        fewestPlacedInAPass = Math.min(fewestPlacedInAPass, placed - placedAtPassStart);
        placedAtPassStart = placed;
        passes++;
    }

    /** @return orders placed so far. */
    long placed()
    {
        return placed;
    }

    /**
     * @param what   the benchmark, named in the error.
     * @param broker the broker that filled the run's orders.
     * @throws IllegalStateException unless the run voted, bought and sold, placed orders in every pass, and the
     *                               broker filled each order exactly once without a refused report.
     */
    void requireTrading(final String what, final InstantBroker broker)
    {
        if (passes == 0 || signals == 0 || buys == 0 || sells == 0 || fewestPlacedInAPass == 0 ||
            broker.fills() != placed || broker.refused() != 0)
        {
            throw new IllegalStateException(what + " did not trade all along: " + this + ", fills " +
                broker.fills() + ", refused reports " + broker.refused());
        }
    }

    @Override
    public String toString()
    {
        return passes + " passes, " + events + " events, " + signals + " signals, " + decisions + " decisions (" +
            buys + " buy, " + sells + " sell, " + riskRefusals + " refused by risk), " + placed +
            " orders placed (fewest in a pass: " + (passes == 0 ? 0 : fewestPlacedInAPass) + ")";
    }
}
