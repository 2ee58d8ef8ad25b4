package io.tradingcore.market;

/**
 * Rows of an MT5 tick export ({@code <DATE> <TIME> <BID> <ASK> <LAST> <VOLUME> <FLAGS>}). MT5 leaves a field empty
 * when that value did not change: an empty bid, ask or last carries the previous row's value forward (NaN until the
 * file first gives one); an empty volume is 0. Flags are not read. Times may go backwards; such rows are passed
 * through.
 * <p>
 * Not thread-safe; owned by the importing thread.
 */
final class Mt5TickRowParser extends RowParser
{
    private final TimeColumns time;
    private final int bidField;
    private final int askField;
    private final int lastField;
    private final int volumeField;

    private double bid = Double.NaN;
    private double ask = Double.NaN;
    private double last = Double.NaN;

    /**
     * @param bidField    bid column, or -1 if absent (then NaN).
     * @param askField    ask column, or -1 if absent.
     * @param lastField   last column, or -1 if absent.
     * @param volumeField volume column, or -1 if absent (then 0).
     */
    Mt5TickRowParser(
        final String[] names,
        final TimeColumns time,
        final int bidField,
        final int askField,
        final int lastField,
        final int volumeField)
    {
        super(names);
        this.time = time;
        this.bidField = bidField;
        this.askField = askField;
        this.lastField = lastField;
        this.volumeField = volumeField;
    }

    @Override
    void parse(final LineReader row, final MarketDataSink sink)
    {
        final long t = time.parse(row);
        final double b = carried(row, bidField, bid);
        final double a = carried(row, askField, ask);
        final double l = carried(row, lastField, last);
        final double v = volumeField < 0 || row.isEmpty(volumeField) ? 0.0 : volume(row, volumeField);
        bid = b;
        ask = a;
        last = l;
        sink.onTick(row.lineNumber(), t, b, a, l, v);
    }

    private double carried(final LineReader row, final int field, final double previous)
    {
        return field < 0 || row.isEmpty(field) ? previous : price(row, field);
    }
}
