package io.tradingcore.order;

import io.tradingcore.event.ExecReport;
import io.tradingcore.event.PositionReport;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;

/** Test fixtures of {@link Positions}: terminal snapshot entries, a seeded script, state bytes. */
final class PositionsFixtures
{
    /** 2024-03-01T00:00:00Z. */
    static final long DAY1 = 1_709_251_200_000_000_000L;
    static final long HOUR = 3_600_000_000_000L;
    static final long MAGIC = 42;
    /** The symbol of {@link #hedge}. */
    static final int BTC = 1;

    private PositionsFixtures()
    {
    }

    /** Fills {@code lots} at DAY1 with magic {@link #MAGIC}, no position id. @return the realised PnL. */
    static double fill(final Positions positions, final int symbol, final byte side, final double lots,
        final double price, final double contractSize)
    {
        return positions.onFill(DAY1, symbol, MAGIC, side, lots, price, 0, 0, 0, contractSize);
    }

    /** Fills {@code lots} of {@link #BTC} under position {@code ticket}, contract size 1. @return the realised PnL. */
    static double hedge(final Positions positions, final long ticket, final byte side, final double lots,
        final double price)
    {
        return positions.onFill(DAY1, BTC, MAGIC, side, lots, price, 0, 0, ticket, 1);
    }

    /** @return entry {@code index} of a terminal snapshot of {@code count} positions, opened an hour before DAY1. */
    static PositionReport entry(final int count, final int index, final long ticket, final long magic,
        final byte side, final double volume, final double priceOpen)
    {
        final PositionReport entry = new PositionReport();
        entry.asOfNanos = DAY1;
        entry.index = index;
        entry.count = count;
        entry.ticket = ticket;
        entry.identifier = ticket;
        entry.magic = magic;
        entry.side = side == ExecReport.SELL ? PositionReport.SELL : PositionReport.BUY;
        entry.volume = volume;
        entry.priceOpen = priceOpen;
        entry.openTimeNanos = DAY1 - HOUR;
        return entry;
    }

    /**
     * One step of a seeded script: fills, marks and daily PnL reads, and at steps 0 .. 3 of every 100 a terminal
     * snapshot of four entries (begun at 0, ended at 3).
     *
     * @return what the step returned (realised PnL, daily PnL, number of differences), for comparing runs.
     */
    static double step(final Positions positions, final int step)
    {
        final long now = DAY1 + step * HOUR / 3;
        final int phase = step % 100;
        if (phase == 0)
        {
            positions.beginReconcile(now);
        }
        if (phase < 4)
        {
            positions.reconcileEntry(phase % 3, entry(4, phase, 100 + phase, MAGIC, (byte)(phase % 2), 0.5 + phase,
                100 + step % 7), 10);
            return phase == 3 ? positions.endReconcile(new ReconcileReport(1)) : 0;
        }
        final SplittableRandom random = new SplittableRandom(step * 31L + 5);
        final int symbol = random.nextInt(3);
        if (random.nextInt(4) == 0)
        {
            positions.mark(symbol, 95 + random.nextInt(10), 96 + random.nextInt(10));
            return positions.dailyNetPnl(now);
        }
        return positions.onFill(now, symbol, MAGIC, (byte)random.nextInt(2), 0.5 * (1 + random.nextInt(4)),
            90 + random.nextInt(20) + 0.25, -0.1, random.nextInt(8) == 0 ? -0.3 : 0, 100 + random.nextInt(4), 10);
    }

    /** @return the bytes of {@link Positions#writeState}. */
    static byte[] state(final Positions positions) throws IOException
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        positions.writeState(new DataOutputStream(bytes));
        return bytes.toByteArray();
    }
}
