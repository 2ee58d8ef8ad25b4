package io.tradingcore.order;

import io.tradingcore.event.OrderUpdate;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * One order: what the logic asked for and what the broker has reported about it so far. Pooled and reused by
 * its {@link OrderBook}, which is the only writer; hold a reference only while the order is open or in the book's
 * history. Logic thread only (other threads read orders through {@link OrdersView}).
 */
public final class Order
{
    private long orderId;
    private int symbolId;
    private byte side;
    private double quantity;
    private double price;
    private double stopLoss;
    private double takeProfit;
    private long magic;
    private long positionTicket;
    private long causeSequence;
    private byte state;
    private double filledQuantity;
    private double averageFillPrice;
    private double commission;
    private long brokerOrderId;
    private long brokerPositionId;
    private long createdNanos;
    private long updatedNanos;
    private int lastRetcode;
    private boolean inDoubt;

    Order()
    {
    }

    /** @return our id: unique, from 1, never reused. */
    public long orderId()
    {
        return orderId;
    }

    /** @return interned symbol id. */
    public int symbolId()
    {
        return symbolId;
    }

    /** @return ExecReport.BUY or ExecReport.SELL. */
    public byte side()
    {
        return side;
    }

    /** @return ordered lots. */
    public double quantity()
    {
        return quantity;
    }

    /** @return reference price (market orders: the price the decision saw). */
    public double price()
    {
        return price;
    }

    /** @return stop loss price, 0 for none. */
    public double stopLoss()
    {
        return stopLoss;
    }

    /** @return take profit price, 0 for none. */
    public double takeProfit()
    {
        return takeProfit;
    }

    /** @return the strategy's magic number (MT5 {@code ORDER_MAGIC}). */
    public long magic()
    {
        return magic;
    }

    /** @return hedging: the broker position this order closes, else 0. */
    public long positionTicket()
    {
        return positionTicket;
    }

    /** @return journal sequence of the event that created the order. */
    public long causeSequence()
    {
        return causeSequence;
    }

    /** @return {@link OrderState} code. */
    public byte state()
    {
        return state;
    }

    /** @return lots filled so far. */
    public double filledQuantity()
    {
        return filledQuantity;
    }

    /** @return quantity-weighted average price of the fills, 0 before the first fill. */
    public double averageFillPrice()
    {
        return averageFillPrice;
    }

    /** @return sum of the commissions the reports carried (MT5: negative, a cost). */
    public double commission()
    {
        return commission;
    }

    /** @return broker order ticket, 0 until the broker reports one. */
    public long brokerOrderId()
    {
        return brokerOrderId;
    }

    /** @return the broker position the last fill opened or changed, 0 before any. */
    public long brokerPositionId()
    {
        return brokerPositionId;
    }

    /** @return event time the order was created, epoch ns UTC. */
    public long createdNanos()
    {
        return createdNanos;
    }

    /** @return event time of the last change, epoch ns UTC. */
    public long updatedNanos()
    {
        return updatedNanos;
    }

    /** @return broker return code of the last report (or of the local rejection), 0 before any. */
    public int lastRetcode()
    {
        return lastRetcode;
    }

    /**
     * @return true while the order is SENT but the terminal has not acknowledged it within the acknowledgement
     *         timeout: it may or may not be live at the broker, so it still counts as working.
     */
    public boolean inDoubt()
    {
        return inDoubt;
    }

    /** @return lots not filled yet (quantity - filledQuantity). */
    public double remainingQuantity()
    {
        return quantity - filledQuantity;
    }

    void open(final long id, final long timeNanos, final int symbol, final byte orderSide, final double lots,
        final double referencePrice, final double sl, final double tp, final long orderMagic, final long ticket,
        final long cause)
    {
        orderId = id;
        symbolId = symbol;
        side = orderSide;
        quantity = lots;
        price = referencePrice;
        stopLoss = sl;
        takeProfit = tp;
        magic = orderMagic;
        positionTicket = ticket;
        causeSequence = cause;
        state = OrderState.NEW;
        filledQuantity = 0;
        averageFillPrice = 0;
        commission = 0;
        brokerOrderId = 0;
        brokerPositionId = 0;
        createdNanos = timeNanos;
        updatedNanos = timeNanos;
        lastRetcode = 0;
        inDoubt = false;
    }

    void doubt(final boolean value)
    {
        inDoubt = value;
    }

    void transition(final byte newState, final long timeNanos, final int retcode)
    {
        state = newState;
        updatedNanos = timeNanos;
        lastRetcode = retcode;
    }

    void broker(final long orderTicket, final long positionId, final double reportCommission)
    {
        if (orderTicket != 0)
        {
            brokerOrderId = orderTicket;
        }
        if (positionId != 0)
        {
            brokerPositionId = positionId;
        }
        commission += reportCommission;
    }

    void fill(final double lots, final double fillPrice)
    {
        final double total = filledQuantity + lots;
        averageFillPrice = (averageFillPrice * filledQuantity + fillPrice * lots) / total;
        filledQuantity = total;
    }

    /** Writes every field. Logic thread. */
    void writeState(final DataOutput out) throws IOException
    {
        out.writeLong(orderId);
        out.writeInt(symbolId);
        out.writeByte(side);
        out.writeDouble(quantity);
        out.writeDouble(price);
        out.writeDouble(stopLoss);
        out.writeDouble(takeProfit);
        out.writeLong(magic);
        out.writeLong(positionTicket);
        out.writeLong(causeSequence);
        out.writeByte(state);
        out.writeDouble(filledQuantity);
        out.writeDouble(averageFillPrice);
        out.writeDouble(commission);
        out.writeLong(brokerOrderId);
        out.writeLong(brokerPositionId);
        out.writeLong(createdNanos);
        out.writeLong(updatedNanos);
        out.writeInt(lastRetcode);
        out.writeBoolean(inDoubt);
    }

    /** Reads every field written by {@link #writeState}. Logic thread. */
    void readState(final DataInput in) throws IOException
    {
        orderId = in.readLong();
        symbolId = in.readInt();
        side = in.readByte();
        quantity = in.readDouble();
        price = in.readDouble();
        stopLoss = in.readDouble();
        takeProfit = in.readDouble();
        magic = in.readLong();
        positionTicket = in.readLong();
        causeSequence = in.readLong();
        state = in.readByte();
        filledQuantity = in.readDouble();
        averageFillPrice = in.readDouble();
        commission = in.readDouble();
        brokerOrderId = in.readLong();
        brokerPositionId = in.readLong();
        createdNanos = in.readLong();
        updatedNanos = in.readLong();
        lastRetcode = in.readInt();
        inDoubt = in.readBoolean();
    }

    /** Writes this order's fields (id, symbol, side, state, magic, ticket, lots, prices, fills) into an update. */
    public void describe(final OrderUpdate update)
    {
        update.orderId = orderId;
        update.symbolId = symbolId;
        update.side = side;
        update.state = state;
        update.magic = magic;
        update.positionTicket = positionTicket;
        update.lots = quantity;
        update.price = price;
        update.stopLoss = stopLoss;
        update.takeProfit = takeProfit;
        update.filledLots = filledQuantity;
        update.averagePrice = averageFillPrice;
    }

    @Override
    public String toString()
    {
        return "Order{id=" + orderId + ", symbol=" + symbolId + ", side=" + side + ", qty=" + quantity +
            ", state=" + OrderState.name(state) + ", filled=" + filledQuantity + " @ " + averageFillPrice + '}';
    }
}
