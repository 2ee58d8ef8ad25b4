package io.tradingcore.market;

/**
 * Rows of a trade tape ({@code timestamp,price,amount}): each becomes a tick with bid = ask = last = price and
 * volume = amount. Times may go backwards; such rows are passed through.
 * <p>
 * Not thread-safe; owned by the importing thread.
 */
final class TradeRowParser extends RowParser
{
    private final TimeColumns time;
    private final int price;
    private final int amount;

    TradeRowParser(final String[] names, final TimeColumns time, final int price, final int amount)
    {
        super(names);
        this.time = time;
        this.price = price;
        this.amount = amount;
    }

    @Override
    void parse(final LineReader row, final MarketDataSink sink)
    {
        final long t = time.parse(row);
        final double p = price(row, price);
        final double v = volume(row, amount);
        sink.onTick(row.lineNumber(), t, p, p, p, v);
    }
}
