package io.tradingcore.market;

import io.tradingcore.engine.Stage;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * First market-data logic stage: turns ticks into bars of every {@link Timeframe} and passes ready-made
 * bars through, so that later stages find every closed bar of this event in {@link Event#closedBars}.
 *
 * <ul>
 *   <li>TICK: the bar price is {@code last} when the tick has a positive last price (exchange trades),
 *       otherwise {@code bid} (quote-driven instruments; MT5 builds its charts from bid). A tick with
 *       neither is counted in {@link #ticksWithoutPrice()} and ignored. A missing volume counts as 0.</li>
 *   <li>TIMER: closes every bar whose period ended at or before the timer's event time.</li>
 *   <li>BAR: a ready-made bar is a closed bar as it is. Do not feed both ticks and ready-made bars of
 *       the same symbol and timeframe, or that timeframe gets each bar twice.</li>
 * </ul>
 * Logic stage: runs on its logic thread only; allocation-free per event.
 */
public final class MarketStage implements Stage, BarSink
{
    public static final String NAME = "market";

    private final BarAggregator aggregator = new BarAggregator(Timeframe.values(), this);
    private Event current;
    private long ticksWithoutPrice;

    @Override
    public String name()
    {
        return NAME;
    }

    @Override
    public void onEvent(final Event event)
    {
        current = event;
        switch (event.type)
        {
            case EventType.TICK:
                onTick(event);
                break;
            case EventType.TIMER:
                aggregator.onTimer(event.timeNanos);
                break;
            case EventType.BAR:
                event.closedBars.add().copyFrom(event.bar);
                break;
            default:
                break;
        }
    }

    private void onTick(final Event event)
    {
        final double price = barPrice(event.bid, event.last);
        if (price > 0)
        {
            aggregator.onTrade(event.symbolId, event.timeNanos, price, event.volume >= 0 ? event.volume : 0);
        }
        else
        {
            ticksWithoutPrice++;
        }
    }

    /**
     * @return the price a tick contributes to bars: {@code last} when positive, else {@code bid}; NaN or a
     *         non-positive value when the tick has neither.
     */
    public static double barPrice(final double bid, final double last)
    {
        return last > 0 ? last : bid;
    }

    @Override
    public void onBar(
        final int symbolId,
        final Timeframe tf,
        final long openTimeNanos,
        final double open,
        final double high,
        final double low,
        final double close,
        final double volume,
        final int tickCount)
    {
        current.closedBars.add().set(symbolId, tf.code(), openTimeNanos, open, high, low, close, volume, tickCount);
    }

    /** @return ticks that had neither a last nor a bid price. */
    public long ticksWithoutPrice()
    {
        return ticksWithoutPrice;
    }

    /** @return ticks older than the open bar of their symbol (see {@link BarAggregator}). */
    public long outOfOrderTicks()
    {
        return aggregator.outOfOrderTicks();
    }

    @Override
    public void writeSnapshot(final DataOutput out) throws IOException
    {
        out.writeLong(ticksWithoutPrice);
        aggregator.writeSnapshot(out);
    }

    @Override
    public void readSnapshot(final DataInput in) throws IOException
    {
        ticksWithoutPrice = in.readLong();
        aggregator.readSnapshot(in);
    }
}
