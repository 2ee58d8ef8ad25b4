package io.tradingcore.mt5;

/**
 * Flyweight of SYMBOL_INFO (10), client to server, 120-byte body (docs/mt5-protocol.md, "SYMBOL_INFO"). Declares a
 * symbol (and its index) before any TICK, BAR, order or report uses the index. Offsets are body offsets as in the
 * document (add 16 for the frame); see {@link BridgeFrame} for the wrap/encode cycle and how field types map to Java.
 */
public final class SymbolInfo extends BridgeFrame<SymbolInfo>
{
    /** The length in bytes of the {@code symbol} field. */
    public static final int SYMBOL_LENGTH = 32;
    /** The length in bytes of the {@code currencyBase} field. */
    public static final int CURRENCY_BASE_LENGTH = 8;
    /** The length in bytes of the {@code currencyProfit} field. */
    public static final int CURRENCY_PROFIT_LENGTH = 8;

    static final int POINT = 0;
    static final int CONTRACT_SIZE = 8;
    static final int VOLUME_MIN = 16;
    static final int VOLUME_MAX = 24;
    static final int VOLUME_STEP = 32;
    static final int TICK_SIZE = 40;
    static final int TICK_VALUE = 48;
    static final int SYMBOL_INDEX = 56;
    static final int DIGITS = 60;
    static final int TRADE_MODE = 64;
    static final int RESERVED = 65;
    static final int RESERVED_LENGTH = 7;
    static final int SYMBOL = 72;
    static final int CURRENCY_BASE = 104;
    static final int CURRENCY_PROFIT = 112;

    public SymbolInfo()
    {
        super(BridgeProtocol.TYPE_SYMBOL_INFO);
    }

    /** {@code SYMBOL_POINT}. (f64 at body offset 0.) */
    public double point()
    {
        return f64(POINT);
    }

    public SymbolInfo point(final double value)
    {
        putF64(POINT, value);
        return this;
    }

    /** {@code SYMBOL_TRADE_CONTRACT_SIZE}. (f64 at body offset 8.) */
    public double contractSize()
    {
        return f64(CONTRACT_SIZE);
    }

    public SymbolInfo contractSize(final double value)
    {
        putF64(CONTRACT_SIZE, value);
        return this;
    }

    /** {@code SYMBOL_VOLUME_MIN}. (f64 at body offset 16.) */
    public double volumeMin()
    {
        return f64(VOLUME_MIN);
    }

    public SymbolInfo volumeMin(final double value)
    {
        putF64(VOLUME_MIN, value);
        return this;
    }

    /** {@code SYMBOL_VOLUME_MAX}. (f64 at body offset 24.) */
    public double volumeMax()
    {
        return f64(VOLUME_MAX);
    }

    public SymbolInfo volumeMax(final double value)
    {
        putF64(VOLUME_MAX, value);
        return this;
    }

    /** {@code SYMBOL_VOLUME_STEP}. (f64 at body offset 32.) */
    public double volumeStep()
    {
        return f64(VOLUME_STEP);
    }

    public SymbolInfo volumeStep(final double value)
    {
        putF64(VOLUME_STEP, value);
        return this;
    }

    /** {@code SYMBOL_TRADE_TICK_SIZE}. (f64 at body offset 40.) */
    public double tickSize()
    {
        return f64(TICK_SIZE);
    }

    public SymbolInfo tickSize(final double value)
    {
        putF64(TICK_SIZE, value);
        return this;
    }

    /** {@code SYMBOL_TRADE_TICK_VALUE}. (f64 at body offset 48.) */
    public double tickValue()
    {
        return f64(TICK_VALUE);
    }

    public SymbolInfo tickValue(final double value)
    {
        putF64(TICK_VALUE, value);
        return this;
    }

    /** The client's index for this symbol, 0 .. 1023. (u32 at body offset 56.) */
    public int symbolIndex()
    {
        return u32(SYMBOL_INDEX);
    }

    public SymbolInfo symbolIndex(final int value)
    {
        putU32(SYMBOL_INDEX, value);
        return this;
    }

    /** {@code SYMBOL_DIGITS}. (u32 at body offset 60.) */
    public int digits()
    {
        return u32(DIGITS);
    }

    public SymbolInfo digits(final int value)
    {
        putU32(DIGITS, value);
        return this;
    }

    /**
     * 0 disabled, 1 long only, 2 short only, 3 close only, 4 full ({@code BridgeProtocol.TRADE_MODE_*}). (u8 at body
     * offset 64.)
     */
    public int tradeMode()
    {
        return u8(TRADE_MODE);
    }

    public SymbolInfo tradeMode(final int value)
    {
        putU8(TRADE_MODE, value);
        return this;
    }

    /**
     * Symbol name as in the terminal, printable ASCII, not empty. (char[32] at body offset 72; allocates, see {@link
     * #copySymbol}.)
     */
    public String symbol()
    {
        return readText(SYMBOL, SYMBOL_LENGTH);
    }

    /**
     * Copies the bytes of {@code symbol} before its first zero byte to the start of {@code dst} and
     * returns their number; a {@link #SYMBOL_LENGTH}-byte {@code dst} always fits. Allocates nothing.
     *
     * @throws IllegalArgumentException when {@code dst} is shorter than the text.
     */
    public int copySymbol(final byte[] dst)
    {
        return copyTextField(SYMBOL, SYMBOL_LENGTH, dst);
    }

    /** Whether {@code symbol} is exactly these bytes (UTF-8, no zero padding). Allocates nothing. */
    public boolean symbolEquals(final byte[] text)
    {
        return textFieldEquals(SYMBOL, SYMBOL_LENGTH, text);
    }

    /**
     * Sets {@code symbol} and zero-fills the rest of the field.
     *
     * @throws IllegalArgumentException when the value is null, is not printable ASCII, or its
     *                                  UTF-8 is longer than {@link #SYMBOL_LENGTH} bytes.
     */
    public SymbolInfo symbol(final String value)
    {
        writeText(SYMBOL, SYMBOL_LENGTH, value, true, "symbol");
        return this;
    }

    /**
     * {@code SYMBOL_CURRENCY_BASE}, printable ASCII. (char[8] at body offset 104; allocates, see {@link
     * #copyCurrencyBase}.)
     */
    public String currencyBase()
    {
        return readText(CURRENCY_BASE, CURRENCY_BASE_LENGTH);
    }

    /**
     * Copies the bytes of {@code currencyBase} before its first zero byte to the start of {@code dst} and
     * returns their number; a {@link #CURRENCY_BASE_LENGTH}-byte {@code dst} always fits. Allocates nothing.
     *
     * @throws IllegalArgumentException when {@code dst} is shorter than the text.
     */
    public int copyCurrencyBase(final byte[] dst)
    {
        return copyTextField(CURRENCY_BASE, CURRENCY_BASE_LENGTH, dst);
    }

    /** Whether {@code currencyBase} is exactly these bytes (UTF-8, no zero padding). Allocates nothing. */
    public boolean currencyBaseEquals(final byte[] text)
    {
        return textFieldEquals(CURRENCY_BASE, CURRENCY_BASE_LENGTH, text);
    }

    /**
     * Sets {@code currencyBase} and zero-fills the rest of the field.
     *
     * @throws IllegalArgumentException when the value is null, is not printable ASCII, or its
     *                                  UTF-8 is longer than {@link #CURRENCY_BASE_LENGTH} bytes.
     */
    public SymbolInfo currencyBase(final String value)
    {
        writeText(CURRENCY_BASE, CURRENCY_BASE_LENGTH, value, true, "currencyBase");
        return this;
    }

    /**
     * {@code SYMBOL_CURRENCY_PROFIT}, printable ASCII. (char[8] at body offset 112; allocates, see {@link
     * #copyCurrencyProfit}.)
     */
    public String currencyProfit()
    {
        return readText(CURRENCY_PROFIT, CURRENCY_PROFIT_LENGTH);
    }

    /**
     * Copies the bytes of {@code currencyProfit} before its first zero byte to the start of {@code dst} and
     * returns their number; a {@link #CURRENCY_PROFIT_LENGTH}-byte {@code dst} always fits. Allocates nothing.
     *
     * @throws IllegalArgumentException when {@code dst} is shorter than the text.
     */
    public int copyCurrencyProfit(final byte[] dst)
    {
        return copyTextField(CURRENCY_PROFIT, CURRENCY_PROFIT_LENGTH, dst);
    }

    /** Whether {@code currencyProfit} is exactly these bytes (UTF-8, no zero padding). Allocates nothing. */
    public boolean currencyProfitEquals(final byte[] text)
    {
        return textFieldEquals(CURRENCY_PROFIT, CURRENCY_PROFIT_LENGTH, text);
    }

    /**
     * Sets {@code currencyProfit} and zero-fills the rest of the field.
     *
     * @throws IllegalArgumentException when the value is null, is not printable ASCII, or its
     *                                  UTF-8 is longer than {@link #CURRENCY_PROFIT_LENGTH} bytes.
     */
    public SymbolInfo currencyProfit(final String value)
    {
        writeText(CURRENCY_PROFIT, CURRENCY_PROFIT_LENGTH, value, true, "currencyProfit");
        return this;
    }
}
