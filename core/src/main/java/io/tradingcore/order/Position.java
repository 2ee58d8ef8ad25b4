package io.tradingcore.order;

import io.tradingcore.event.ExecReport;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * One open position of {@link Positions}: signed lots (+ long, - short) at an average open price. Pooled and
 * reused by its owner, which is the only writer. Logic thread only (other threads read {@link PositionsView}).
 */
public final class Position
{
    private int symbolId;
    /** Netting: 0; hedging: the ticket. Positions are kept sorted by (symbolId, key). */
    private long key;
    private long ticket;
    private long magic;
    private double lots;
    private double averagePrice;
    private double contractSize;
    private double unrealisedPnl;
    private double commission;
    private double swap;
    private long openedNanos;
    private long updatedNanos;

    Position()
    {
    }

    /** @return interned symbol id. */
    public int symbolId()
    {
        return symbolId;
    }

    /** @return the broker's position ticket (netting: the last one reported), 0 if unknown. */
    public long ticket()
    {
        return ticket;
    }

    /** @return magic number of the order that opened the position; 0 = opened by hand. */
    public long magic()
    {
        return magic;
    }

    /** @return ExecReport.BUY for a long position, ExecReport.SELL for a short one. */
    public byte side()
    {
        return lots < 0 ? ExecReport.SELL : ExecReport.BUY;
    }

    /** @return signed lots: + long, - short. */
    public double lots()
    {
        return lots;
    }

    /** @return average open price. */
    public double averagePrice()
    {
        return averagePrice;
    }

    /** @return units of the asset in one lot. */
    public double contractSize()
    {
        return contractSize;
    }

    /** @return floating PnL at the last mark (long at bid, short at ask), 0 before any mark. */
    public double unrealisedPnl()
    {
        return unrealisedPnl;
    }

    /** @return commission charged on this position's fills (or the terminal's figure after reconciliation). */
    public double commission()
    {
        return commission;
    }

    /** @return swap charged on this position (or the terminal's figure after reconciliation). */
    public double swap()
    {
        return swap;
    }

    /** @return event time the position (or its current side, after a reversal) was opened, epoch ns UTC. */
    public long openedNanos()
    {
        return openedNanos;
    }

    /** @return event time of the last change, epoch ns UTC. */
    public long updatedNanos()
    {
        return updatedNanos;
    }

    long key()
    {
        return key;
    }

    void open(final int symbol, final long positionKey, final long positionTicket, final long positionMagic,
        final double signedLots, final double price, final double lotSize, final long timeNanos)
    {
        symbolId = symbol;
        key = positionKey;
        ticket = positionTicket;
        magic = positionMagic;
        lots = signedLots;
        averagePrice = price;
        contractSize = lotSize;
        unrealisedPnl = 0;
        commission = 0;
        swap = 0;
        openedNanos = timeNanos;
        updatedNanos = timeNanos;
    }

    void lots(final double signedLots, final double price, final long timeNanos)
    {
        lots = signedLots;
        averagePrice = price;
        updatedNanos = timeNanos;
    }

    /**
     * Applies a fill of {@code signed} lots at {@code price} (rules in {@link Positions}): averages on the same
     * side, closes (and reverses with the remainder) on the other. When the lots end within 1e-9 of zero the
     * caller removes the position.
     *
     * @return the PnL the fill realised.
     */
    double fill(final long timeNanos, final long fillMagic, final double signed, final double price,
        final long positionTicket, final double lotSize)
    {
        if (positionTicket != 0)
        {
            ticket = positionTicket;
        }
        contractSize = lotSize;
        updatedNanos = timeNanos;
        final double held = lots;
        if (held > 0 == signed > 0)
        {
            final double total = Math.abs(held) + Math.abs(signed);
            averagePrice = (averagePrice * Math.abs(held) + price * Math.abs(signed)) / total;
            lots = held + signed;
            return 0;
        }
        final double closed = Math.min(Math.abs(held), Math.abs(signed));
        final double realised = held > 0 ? (price - averagePrice) * closed * lotSize :
            (averagePrice - price) * closed * lotSize;
        lots = held + signed;
        if (lots > 0 != held > 0 && Math.abs(lots) > OrderBook.LOT_TOLERANCE)
        {
            averagePrice = price;
            magic = fillMagic;
            openedNanos = timeNanos;
        }
        return realised;
    }

    void charges(final double fillCommission, final double fillSwap)
    {
        commission += fillCommission;
        swap += fillSwap;
    }

    void replaceCharges(final double terminalCommission, final double terminalSwap)
    {
        commission = terminalCommission;
        swap = terminalSwap;
    }

    /** Recomputes the floating PnL: long at {@code bid}, short at {@code ask}; 0 when that price is unknown. */
    void mark(final double bid, final double ask)
    {
        if (lots > 0)
        {
            unrealisedPnl = bid > 0 ? (bid - averagePrice) * lots * contractSize : 0;
        }
        else
        {
            unrealisedPnl = ask > 0 ? (averagePrice - ask) * -lots * contractSize : 0;
        }
    }

    void copyFrom(final Position other)
    {
        symbolId = other.symbolId;
        key = other.key;
        ticket = other.ticket;
        magic = other.magic;
        lots = other.lots;
        averagePrice = other.averagePrice;
        contractSize = other.contractSize;
        unrealisedPnl = other.unrealisedPnl;
        commission = other.commission;
        swap = other.swap;
        openedNanos = other.openedNanos;
        updatedNanos = other.updatedNanos;
    }

    /** @return the order of (symbolId, key) against another position's. */
    int compareTo(final int otherSymbol, final long otherKey)
    {
        final int bySymbol = Integer.compare(symbolId, otherSymbol);
        return bySymbol != 0 ? bySymbol : Long.compare(key, otherKey);
    }

    void writeState(final DataOutput out) throws IOException
    {
        out.writeInt(symbolId);
        out.writeLong(key);
        out.writeLong(ticket);
        out.writeLong(magic);
        out.writeDouble(lots);
        out.writeDouble(averagePrice);
        out.writeDouble(contractSize);
        out.writeDouble(unrealisedPnl);
        out.writeDouble(commission);
        out.writeDouble(swap);
        out.writeLong(openedNanos);
        out.writeLong(updatedNanos);
    }

    void readState(final DataInput in) throws IOException
    {
        symbolId = in.readInt();
        key = in.readLong();
        ticket = in.readLong();
        magic = in.readLong();
        lots = in.readDouble();
        averagePrice = in.readDouble();
        contractSize = in.readDouble();
        unrealisedPnl = in.readDouble();
        commission = in.readDouble();
        swap = in.readDouble();
        openedNanos = in.readLong();
        updatedNanos = in.readLong();
    }

    @Override
    public String toString()
    {
        return "Position{symbol=" + symbolId + ", ticket=" + ticket + ", lots=" + lots + " @ " + averagePrice + '}';
    }
}
