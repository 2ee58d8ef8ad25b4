package io.tradingcore.market;

import java.io.IOException;
import java.util.Locale;

/**
 * The header line of an imported file: its separator, its column names, the format they indicate and the row
 * parser for that layout. Column names are matched case-insensitively, without MT5's angle brackets; unknown
 * columns are ignored. Every problem is an {@link ImportError} at line 1.
 * <p>
 * Not thread-safe; owned by the importing thread.
 */
final class Header
{
    static final String ACCEPTED = "time,open,high,low,close[,volume] (OHLCV; time may be named date, timestamp or " +
        "datetime; separator , or ;), timestamp,price,amount (TRADES), " +
        "<DATE>\\t<TIME>\\t<OPEN>\\t<HIGH>\\t<LOW>\\t<CLOSE>\\t<TICKVOL>\\t<VOL>\\t<SPREAD> or " +
        "<DATE>\\t<TIME>\\t<BID>\\t<ASK>\\t<LAST>\\t<VOLUME>\\t<FLAGS> (MT5)";
    private static final String OHLCV_NEEDS = "time,open,high,low,close[,volume]";
    private static final String TRADES_NEEDS = "timestamp,price,amount";
    private static final String MT5_NEEDS = "<DATE>[\\t<TIME>] and <OPEN>,<HIGH>,<LOW>,<CLOSE> or <BID>,<ASK>,<LAST>";
    private static final int MAX_QUOTED_HEADER_CHARS = 200;

    private final String fileName;
    private final String text;
    private final char separator;
    private final String[] names;
    private final boolean bracketed;

    private Header(
        final String fileName, final String text, final char separator, final String[] names, final boolean bracketed)
    {
        this.fileName = fileName;
        this.text = text;
        this.separator = separator;
        this.names = names;
        this.bracketed = bracketed;
    }

    /**
     * Reads line 1. The separator is a tab if the line has one, else {@code ;} if it has one and no comma, else
     * a comma.
     */
    static Header read(final LineReader lines) throws IOException
    {
        if (!lines.next())
        {
            throw new ImportError(lines.fileName(), 1, 0, "file is empty; expected a header, one of: " + ACCEPTED);
        }
        if (lines.isBlank())
        {
            throw lines.error(-1, "line 1 is blank; expected a header, one of: " + ACCEPTED);
        }
        final String text = lines.lineText();
        final char separator = text.indexOf('\t') >= 0 ? '\t' :
            text.indexOf(';') >= 0 && text.indexOf(',') < 0 ? ';' : ',';
        lines.split(separator);
        final String[] names = new String[lines.fieldCount()];
        boolean bracketed = false;
        for (int i = 0; i < names.length; i++)
        {
            String name = lines.text(i);
            if (name.length() >= 2 && name.charAt(0) == '<' && name.charAt(name.length() - 1) == '>')
            {
                bracketed = true;
                name = name.substring(1, name.length() - 1);
            }
            names[i] = name.trim().toLowerCase(Locale.ROOT);
        }
        return new Header(lines.fileName(), text, separator, names, bracketed);
    }

    char separator()
    {
        return separator;
    }

    int fieldCount()
    {
        return names.length;
    }

    /**
     * @return {@code requested}, or for AUTO the format the header indicates: MT5 for bracketed names with a
     * {@code <DATE>} column, else OHLCV if it has open, high, low and close, else TRADES if it has price and
     * amount (or price and volume, without open).
     */
    ImportFormat resolve(final ImportFormat requested)
    {
        if (requested != ImportFormat.AUTO)
        {
            return requested;
        }
        if (bracketed && find("date") >= 0)
        {
            return ImportFormat.MT5;
        }
        if (find("open") >= 0 && find("high") >= 0 && find("low") >= 0 && find("close") >= 0)
        {
            return ImportFormat.OHLCV;
        }
        if (find("price") >= 0 && (find("amount") >= 0 || find("volume") >= 0 && find("open") < 0))
        {
            return ImportFormat.TRADES;
        }
        throw error("cannot tell the format from header " + quotedText() + "; accepted headers: " + ACCEPTED);
    }

    /**
     * @return the parser for rows of this header read as {@code format}.
     */
    RowParser parser(final ImportFormat format)
    {
        return switch (format)
        {
            case OHLCV -> new BarRowParser(names, timeColumns(format, OHLCV_NEEDS, false),
                require(format, OHLCV_NEEDS, "open"), require(format, OHLCV_NEEDS, "high"),
                require(format, OHLCV_NEEDS, "low"), require(format, OHLCV_NEEDS, "close"), find("volume"), -1);
            case TRADES -> new TradeRowParser(names, timeColumns(format, TRADES_NEEDS, true),
                require(format, TRADES_NEEDS, "price"), require(format, TRADES_NEEDS, "amount", "volume"));
            case MT5 -> mt5();
            case AUTO -> parser(resolve(format));
        };
    }

    private RowParser mt5()
    {
        final ImportFormat format = ImportFormat.MT5;
        if (find("open") >= 0 || find("high") >= 0 || find("low") >= 0 || find("close") >= 0)
        {
            return new BarRowParser(names, mt5Time(),
                require(format, MT5_NEEDS, "open"), require(format, MT5_NEEDS, "high"),
                require(format, MT5_NEEDS, "low"), require(format, MT5_NEEDS, "close"), find("vol"), find("tickvol"));
        }
        if (find("bid") >= 0 || find("ask") >= 0 || find("last") >= 0)
        {
            return new Mt5TickRowParser(names, mt5Time(), find("bid"), find("ask"), find("last"), find("volume"));
        }
        throw error("header " + quotedText() + " has neither bar nor tick columns; MT5 needs " + MT5_NEEDS);
    }

    private TimeColumns mt5Time()
    {
        return new TimeColumns(names, require(ImportFormat.MT5, MT5_NEEDS, "date"), find("time"), false);
    }

    /**
     * A {@code date} plus a {@code time} column are combined; otherwise the first of time, timestamp, datetime
     * and date holds the whole time.
     */
    private TimeColumns timeColumns(final ImportFormat format, final String needs, final boolean epochByMagnitude)
    {
        final int date = find("date");
        final int time = find("time");
        if (date >= 0 && time >= 0)
        {
            return new TimeColumns(names, date, time, epochByMagnitude);
        }
        return new TimeColumns(names, require(format, needs, "time", "timestamp", "datetime", "date"), -1,
            epochByMagnitude);
    }

    private int require(final ImportFormat format, final String needs, final String... aliases)
    {
        final int field = find(aliases);
        if (field < 0)
        {
            throw error("header " + quotedText() + " has no '" + aliases[0] + "' column; " + format +
                " needs " + needs);
        }
        return field;
    }

    private int find(final String... aliases)
    {
        for (final String alias : aliases)
        {
            for (int i = 0; i < names.length; i++)
            {
                if (names[i].equals(alias))
                {
                    return i;
                }
            }
        }
        return -1;
    }

    private ImportError error(final String reason)
    {
        return new ImportError(fileName, 1, 0, reason);
    }

    private String quotedText()
    {
        return LineReader.quote(text, MAX_QUOTED_HEADER_CHARS);
    }
}
