package io.tradingcore.market;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.util.Arrays;
import java.util.Objects;

/**
 * Builds bars of several timeframes for many symbols from ticks, without allocating per tick: the open bars live in
 * primitive arrays indexed by {@code symbolId * timeframeCount + timeframeIndex}, grown only when a higher symbol id
 * appears.
 * <p>
 * Rules:
 * <ul>
 *   <li><b>Bar time</b> is the open time of its period in UTC ({@link Timeframe#openTime(long)}); a bar contains the
 *       ticks with {@code openTime <= t < openTime + period}.</li>
 *   <li><b>Values</b>: open = price of the first tick, high/low = highest/lowest price, close = price of the last
 *       tick, volume = sum of the tick volumes, tickCount = number of ticks.</li>
 *   <li><b>Closing</b>: a bar is emitted when the first tick of a later period arrives ({@link #onTrade}), when the
 *       timer reaches the end of its period ({@link #onTimer}: {@code openTime + period <= timeNanos}, for bars that
 *       get no further tick), or at end of input ({@link #flush}).</li>
 *   <li><b>Gaps</b>: a period without ticks produces no bar; gaps are not filled (like MT5).</li>
 *   <li><b>Out of order</b>: a tick earlier than the open bar's period is folded into the open bar (high, low, close
 *       and volume updated; the bar's time is not moved back) and counted in {@link #outOfOrderTicks()}. If the
 *       tick's period was already emitted and no bar is open (closed by the timer or by a flush), the tick opens the
 *       bar of the period after the last emitted one and is counted too, so that bar times of one symbol and
 *       timeframe always strictly increase. A tick is counted once even if several timeframes find it late.</li>
 *   <li><b>Emission order</b>: when one tick closes bars of several timeframes they are emitted in the order of the
 *       constructor array (pass them ascending, M1 first and D1 last); {@link #onTimer} and {@link #flush} emit by
 *       ascending symbol id, then in that order.</li>
 * </ul>
 * Inputs are trusted: prices and volumes are validated where they enter the process (importers, bridge).
 * <p>
 * Not thread-safe; owned by one thread. The sink is called on that thread, from inside {@link #onTrade},
 * {@link #onTimer} and {@link #flush}.
 */
public final class BarAggregator
{
    private static final int INITIAL_SYMBOL_CAPACITY = 16;
    private static final long NEVER = Long.MIN_VALUE;
    private static final int SNAPSHOT_MAGIC = 0x54434241;
    private static final int SNAPSHOT_VERSION = 1;

    private final Timeframe[] timeframes;
    private final long[] periods;
    private final int timeframeCount;
    private final BarSink sink;

    private int symbolCount;
    /** Open time of the open bar, or of the last emitted bar when tickCount is 0; NEVER if the slot never had one. */
    private long[] openTime;
    /** Ticks in the open bar; 0 when no bar is open. */
    private int[] tickCount;
    private double[] open;
    private double[] high;
    private double[] low;
    private double[] close;
    private double[] volume;
    private long outOfOrderTicks;

    /**
     * @param timeframes the timeframes to build, in emission order; not empty, no duplicates.
     * @param sink       receives every closed bar.
     */
    public BarAggregator(final Timeframe[] timeframes, final BarSink sink)
    {
        Objects.requireNonNull(timeframes, "timeframes");
        this.sink = Objects.requireNonNull(sink, "sink");
        if (timeframes.length == 0)
        {
            throw new IllegalArgumentException("at least one timeframe is needed");
        }
        this.timeframes = timeframes.clone();
        this.timeframeCount = timeframes.length;
        this.periods = new long[timeframeCount];
        for (int i = 0; i < timeframeCount; i++)
        {
            final Timeframe tf = Objects.requireNonNull(this.timeframes[i], "timeframe");
            if (Arrays.asList(this.timeframes).subList(0, i).contains(tf))
            {
                throw new IllegalArgumentException("duplicate timeframe " + tf);
            }
            periods[i] = tf.nanos();
        }
        allocate(INITIAL_SYMBOL_CAPACITY);
    }

    /**
     * Adds one trade (or tick) to the open bars of its symbol, first emitting the bars it closes.
     *
     * @param symbolId  interned symbol id, {@code >= 0}.
     * @param timeNanos event time, epoch nanoseconds UTC.
     * @param price     trade price.
     * @param volume    trade volume.
     */
    public void onTrade(final int symbolId, final long timeNanos, final double price, final double volume)
    {
        if (symbolId >= symbolCount || symbolId < 0)
        {
            addSymbol(symbolId);
        }
        final int base = symbolId * timeframeCount;
        boolean late = false;
        for (int i = 0; i < timeframeCount; i++)
        {
            late |= addTick(symbolId, i, base + i, timeNanos, price, volume);
        }
        if (late)
        {
            outOfOrderTicks++;
        }
    }

    /**
     * Emits every open bar whose period has ended: {@code openTime + period <= timeNanos}.
     *
     * @param timeNanos event time of the timer, epoch nanoseconds UTC.
     */
    public void onTimer(final long timeNanos)
    {
        for (int symbolId = 0; symbolId < symbolCount; symbolId++)
        {
            final int base = symbolId * timeframeCount;
            for (int i = 0; i < timeframeCount; i++)
            {
                final int slot = base + i;
                if (tickCount[slot] > 0 && openTime[slot] + periods[i] <= timeNanos)
                {
                    emit(symbolId, i, slot);
                }
            }
        }
    }

    /**
     * Emits every open bar (end of input).
     */
    public void flush()
    {
        for (int symbolId = 0; symbolId < symbolCount; symbolId++)
        {
            final int base = symbolId * timeframeCount;
            for (int i = 0; i < timeframeCount; i++)
            {
                if (tickCount[base + i] > 0)
                {
                    emit(symbolId, i, base + i);
                }
            }
        }
    }

    /**
     * @return number of ticks that arrived earlier than the open (or last emitted) bar of their symbol.
     */
    public long outOfOrderTicks()
    {
        return outOfOrderTicks;
    }

    /**
     * Writes the open bars, the last emitted bar times and the out-of-order count, doubles as raw long bits:
     * <pre>
     * int    magic 0x54434241 ("TCBA")
     * int    version (1)
     * int    timeframe count n, then n bytes: timeframe codes in constructor order
     * int    symbol count s
     * long   outOfOrderTicks
     * s * n slots, symbol-major:
     *   long openTime     (Long.MIN_VALUE: the slot never had a bar)
     *   int  tickCount    (0: no open bar, and nothing more follows for this slot)
     *   long open, high, low, close, volume  (Double.doubleToRawLongBits)
     * </pre>
     *
     * @param out where to write.
     * @throws IOException if {@code out} fails.
     */
    public void writeSnapshot(final DataOutput out) throws IOException
    {
        out.writeInt(SNAPSHOT_MAGIC);
        out.writeInt(SNAPSHOT_VERSION);
        out.writeInt(timeframeCount);
        for (final Timeframe tf : timeframes)
        {
            out.writeByte(tf.code());
        }
        out.writeInt(symbolCount);
        out.writeLong(outOfOrderTicks);
        for (int slot = 0, end = symbolCount * timeframeCount; slot < end; slot++)
        {
            out.writeLong(openTime[slot]);
            out.writeInt(tickCount[slot]);
            if (tickCount[slot] > 0)
            {
                out.writeLong(Double.doubleToRawLongBits(open[slot]));
                out.writeLong(Double.doubleToRawLongBits(high[slot]));
                out.writeLong(Double.doubleToRawLongBits(low[slot]));
                out.writeLong(Double.doubleToRawLongBits(close[slot]));
                out.writeLong(Double.doubleToRawLongBits(volume[slot]));
            }
        }
    }

    /**
     * Replaces the whole state with a snapshot written by {@link #writeSnapshot} of an aggregator with the same
     * timeframes in the same order. Emits nothing. If it throws, the state is undefined until a snapshot is read.
     *
     * @param in where to read.
     * @throws IOException if {@code in} fails, or the snapshot is corrupt or was taken with other timeframes.
     */
    public void readSnapshot(final DataInput in) throws IOException
    {
        if (in.readInt() != SNAPSHOT_MAGIC || in.readInt() != SNAPSHOT_VERSION)
        {
            throw new StreamCorruptedException("not a bar aggregator snapshot (version " + SNAPSHOT_VERSION + ")");
        }
        boolean sameTimeframes = in.readInt() == timeframeCount;
        for (int i = 0; i < timeframeCount && sameTimeframes; i++)
        {
            sameTimeframes = in.readByte() == timeframes[i].code();
        }
        if (!sameTimeframes)
        {
            throw new StreamCorruptedException("snapshot timeframes differ from " + Arrays.toString(timeframes));
        }
        final int symbols = in.readInt();
        if (symbols < 0 || symbols > Integer.MAX_VALUE / timeframeCount)
        {
            throw new StreamCorruptedException("bad symbol count " + symbols);
        }
        allocate(Math.max(INITIAL_SYMBOL_CAPACITY, symbols));
        symbolCount = symbols;
        outOfOrderTicks = in.readLong();
        for (int slot = 0, end = symbols * timeframeCount; slot < end; slot++)
        {
            readSlot(in, slot);
        }
    }

    private void readSlot(final DataInput in, final int slot) throws IOException
    {
        openTime[slot] = in.readLong();
        final int ticks = in.readInt();
        if (ticks < 0 || ticks > 0 && openTime[slot] == NEVER)
        {
            throw new StreamCorruptedException("bad slot " + slot);
        }
        tickCount[slot] = ticks;
        if (ticks > 0)
        {
            open[slot] = Double.longBitsToDouble(in.readLong());
            high[slot] = Double.longBitsToDouble(in.readLong());
            low[slot] = Double.longBitsToDouble(in.readLong());
            close[slot] = Double.longBitsToDouble(in.readLong());
            volume[slot] = Double.longBitsToDouble(in.readLong());
        }
    }

    /** @return true if the tick is out of order for this slot. */
    private boolean addTick(
        final int symbolId,
        final int tfIndex,
        final int slot,
        final long timeNanos,
        final double price,
        final double vol)
    {
        final long period = periods[tfIndex];
        final long barOpen = openTime[slot];
        if (tickCount[slot] > 0)
        {
            if (timeNanos < barOpen)
            {
                update(slot, price, vol);
                return true;
            }
            if (timeNanos - barOpen < period)
            {
                update(slot, price, vol);
                return false;
            }
            emit(symbolId, tfIndex, slot);
        }
        final long periodOpen = Math.floorDiv(timeNanos, period) * period;
        if (barOpen != NEVER && periodOpen <= barOpen)
        {
            start(slot, barOpen + period, price, vol);
            return true;
        }
        start(slot, periodOpen, price, vol);
        return false;
    }

    private void start(final int slot, final long barOpen, final double price, final double vol)
    {
        openTime[slot] = barOpen;
        tickCount[slot] = 1;
        open[slot] = price;
        high[slot] = price;
        low[slot] = price;
        close[slot] = price;
        volume[slot] = vol;
    }

    private void update(final int slot, final double price, final double vol)
    {
        if (price > high[slot])
        {
            high[slot] = price;
        }
        if (price < low[slot])
        {
            low[slot] = price;
        }
        close[slot] = price;
        volume[slot] += vol;
        tickCount[slot]++;
    }

    private void emit(final int symbolId, final int tfIndex, final int slot)
    {
        final int ticks = tickCount[slot];
        tickCount[slot] = 0;
        sink.onBar(symbolId, timeframes[tfIndex], openTime[slot],
            open[slot], high[slot], low[slot], close[slot], volume[slot], ticks);
    }

    private void addSymbol(final int symbolId)
    {
        final int maxSymbols = Integer.MAX_VALUE / timeframeCount;
        if (symbolId < 0 || symbolId >= maxSymbols)
        {
            throw new IllegalArgumentException("symbol id " + symbolId + " outside 0.." + (maxSymbols - 1));
        }
        final int capacity = tickCount.length / timeframeCount;
        if (symbolId >= capacity)
        {
            grow(Math.max(symbolId + 1, (int)Math.min(maxSymbols, 2L * capacity)));
        }
        symbolCount = symbolId + 1;
    }

    private void grow(final int symbolCapacity)
    {
        final int oldSlots = openTime.length;
        final int slots = symbolCapacity * timeframeCount;
        openTime = Arrays.copyOf(openTime, slots);
        Arrays.fill(openTime, oldSlots, slots, NEVER);
        tickCount = Arrays.copyOf(tickCount, slots);
        open = Arrays.copyOf(open, slots);
        high = Arrays.copyOf(high, slots);
        low = Arrays.copyOf(low, slots);
        close = Arrays.copyOf(close, slots);
        volume = Arrays.copyOf(volume, slots);
    }

    private void allocate(final int symbolCapacity)
    {
        final int slots = symbolCapacity * timeframeCount;
        openTime = new long[slots];
        Arrays.fill(openTime, NEVER);
        tickCount = new int[slots];
        open = new double[slots];
        high = new double[slots];
        low = new double[slots];
        close = new double[slots];
        volume = new double[slots];
        symbolCount = 0;
    }
}
