package io.tradingcore.decision;

import io.tradingcore.order.Instrument;
import org.agrona.collections.Long2LongHashMap;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * What the decision stage last decided from, for other threads (the HTTP API's dry-run decisions): per (symbol,
 * timeframe) the open time and close of its last decided bar, the ATR then and the symbol's instrument, and the
 * equity sizes are computed from now. The logic thread writes preallocated arrays inside a seqlock (an odd version
 * while writing); a reader copies and retries if the version moved. A new (symbol, timeframe) allocates its row
 * once; after that nothing is allocated. Writer: the decision stage's logic thread; readers: any thread.
 */
public final class DecisionInputsView
{
    private static final VarHandle VERSION;

    static
    {
        try
        {
            VERSION = MethodHandles.lookup().findVarHandle(DecisionInputsView.class, "version", long.class);
        }
        catch (final ReflectiveOperationException ex)
        {
            throw new ExceptionInInitializerError(ex);
        }
    }

    /**
     * The inputs of a decision on one (symbol, timeframe).
     *
     * @param openTimeNanos open time of the last bar decided on, {@link Long#MIN_VALUE} before the first.
     * @param price         that bar's close (the reference price), NaN before the first bar.
     * @param atr           the ATR then, NaN while warming up.
     * @param equity        the equity sizes are computed from now.
     * @param instrument    the symbol's lot sizes, null before the first bar.
     */
    public record Inputs(long openTimeNanos, double price, double atr, double equity, Instrument instrument)
    {
    }

    private final Long2LongHashMap rows = new Long2LongHashMap(-1);
    private long[] keys = new long[16];
    private long[] openTimes = new long[16];
    private double[] prices = new double[16];
    private double[] atrs = new double[16];
    private Instrument[] instruments = new Instrument[16];
    private int count;
    private double equity;
    @SuppressWarnings("unused")
    private volatile long version;

    /** @param startingEquity the equity before any publication. */
    DecisionInputsView(final double startingEquity)
    {
        this.equity = startingEquity;
    }

    /** Starts a publication (logic thread). */
    void beginWrite()
    {
        VERSION.setOpaque(this, (long)VERSION.getOpaque(this) + 1);
        VarHandle.storeStoreFence(); // the odd version is visible before anything changes
    }

    /** Ends a publication (logic thread). */
    void endWrite()
    {
        VERSION.setRelease(this, (long)VERSION.getOpaque(this) + 1);
    }

    /** Records the equity (logic thread, inside a publication). */
    void equity(final double value)
    {
        equity = value;
    }

    /** Records a decided bar (logic thread, inside a publication); allocates only for a new (symbol, timeframe). */
    void bar(final int symbolId, final byte timeframe, final long openTimeNanos, final double price,
        final double atr, final Instrument instrument)
    {
        final long key = key(symbolId, timeframe);
        int row = (int)rows.get(key);
        if (row < 0)
        {
            row = count;
            if (row == keys.length)
            {
                keys = Arrays.copyOf(keys, row * 2);
                openTimes = Arrays.copyOf(openTimes, row * 2);
                prices = Arrays.copyOf(prices, row * 2);
                atrs = Arrays.copyOf(atrs, row * 2);
                instruments = Arrays.copyOf(instruments, row * 2);
            }
            keys[row] = key;
            rows.put(key, row);
            count = row + 1;
        }
        openTimes[row] = openTimeNanos;
        prices[row] = price;
        atrs[row] = atr;
        instruments[row] = instrument;
    }

    /** @return the inputs of a decision on {@code symbolId} and {@code timeframe} now. Any thread; never blocks. */
    public Inputs read(final int symbolId, final byte timeframe)
    {
        final long key = key(symbolId, timeframe);
        while (true)
        {
            final long before = (long)VERSION.getAcquire(this);
            if ((before & 1) == 0)
            {
                final long[] keyArray = keys;
                final int rowCount = Math.min(count, keyArray.length);
                Inputs inputs = new Inputs(Long.MIN_VALUE, Double.NaN, Double.NaN, equity, null);
                for (int row = 0; row < rowCount; row++)
                {
                    if (keyArray[row] == key && row < instruments.length)
                    {
                        inputs = new Inputs(openTimes[row], prices[row], atrs[row], equity, instruments[row]);
                        break;
                    }
                }
                VarHandle.acquireFence(); // the copies complete before the version is read again
                if ((long)VERSION.getAcquire(this) == before)
                {
                    return inputs;
                }
            }
            Thread.onSpinWait(); // a publication is in progress: rare, short, never on the logic thread
        }
    }

    private static long key(final int symbolId, final byte timeframe)
    {
        return ((long)symbolId << 8) | (timeframe & 0xFF);
    }
}
