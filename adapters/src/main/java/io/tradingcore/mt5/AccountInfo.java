package io.tradingcore.mt5;

/**
 * Flyweight of ACCOUNT_INFO (11), client to server, 136-byte body (docs/mt5-protocol.md, "ACCOUNT_INFO"). The trading
 * account's state; sent after AUTH_OK. Offsets are body offsets as in the document (add 16 for the frame); see {@link
 * BridgeFrame} for the wrap/encode cycle and how field types map to Java.
 */
public final class AccountInfo extends BridgeFrame<AccountInfo>
{
    /** The length in bytes of the {@code currency} field. */
    public static final int CURRENCY_LENGTH = 8;
    /** The length in bytes of the {@code server} field. */
    public static final int SERVER_LENGTH = 40;
    /** The length in bytes of the {@code company} field. */
    public static final int COMPANY_LENGTH = 40;

    static final int LOGIN = 0;
    static final int BALANCE = 8;
    static final int EQUITY = 16;
    static final int MARGIN = 24;
    static final int FREE_MARGIN = 32;
    static final int LEVERAGE = 40;
    static final int MARGIN_MODE = 44;
    static final int RESERVED = 45;
    static final int RESERVED_LENGTH = 3;
    static final int CURRENCY = 48;
    static final int SERVER = 56;
    static final int COMPANY = 96;

    public AccountInfo()
    {
        super(BridgeProtocol.TYPE_ACCOUNT_INFO);
    }

    /** Must equal HELLO's login. (u64 at body offset 0.) */
    public long login()
    {
        return u64(LOGIN);
    }

    public AccountInfo login(final long value)
    {
        putU64(LOGIN, value);
        return this;
    }

    /** Balance, account currency. (f64 at body offset 8.) */
    public double balance()
    {
        return f64(BALANCE);
    }

    public AccountInfo balance(final double value)
    {
        putF64(BALANCE, value);
        return this;
    }

    /** Equity, account currency. (f64 at body offset 16.) */
    public double equity()
    {
        return f64(EQUITY);
    }

    public AccountInfo equity(final double value)
    {
        putF64(EQUITY, value);
        return this;
    }

    /** Margin in use, account currency. (f64 at body offset 24.) */
    public double margin()
    {
        return f64(MARGIN);
    }

    public AccountInfo margin(final double value)
    {
        putF64(MARGIN, value);
        return this;
    }

    /** Free margin, account currency. (f64 at body offset 32.) */
    public double freeMargin()
    {
        return f64(FREE_MARGIN);
    }

    public AccountInfo freeMargin(final double value)
    {
        putF64(FREE_MARGIN, value);
        return this;
    }

    /** Account leverage. (u32 at body offset 40.) */
    public int leverage()
    {
        return u32(LEVERAGE);
    }

    public AccountInfo leverage(final int value)
    {
        putU32(LEVERAGE, value);
        return this;
    }

    /**
     * 0 retail netting, 1 exchange, 2 retail hedging ({@code BridgeProtocol.MARGIN_MODE_*}). (u8 at body offset 44.)
     */
    public int marginMode()
    {
        return u8(MARGIN_MODE);
    }

    public AccountInfo marginMode(final int value)
    {
        putU8(MARGIN_MODE, value);
        return this;
    }

    /** Account currency, printable ASCII. (char[8] at body offset 48; allocates, see {@link #copyCurrency}.) */
    public String currency()
    {
        return readText(CURRENCY, CURRENCY_LENGTH);
    }

    /**
     * Copies the bytes of {@code currency} before its first zero byte to the start of {@code dst} and
     * returns their number; a {@link #CURRENCY_LENGTH}-byte {@code dst} always fits. Allocates nothing.
     *
     * @throws IllegalArgumentException when {@code dst} is shorter than the text.
     */
    public int copyCurrency(final byte[] dst)
    {
        return copyTextField(CURRENCY, CURRENCY_LENGTH, dst);
    }

    /** Whether {@code currency} is exactly these bytes (UTF-8, no zero padding). Allocates nothing. */
    public boolean currencyEquals(final byte[] text)
    {
        return textFieldEquals(CURRENCY, CURRENCY_LENGTH, text);
    }

    /**
     * Sets {@code currency} and zero-fills the rest of the field.
     *
     * @throws IllegalArgumentException when the value is null, is not printable ASCII, or its
     *                                  UTF-8 is longer than {@link #CURRENCY_LENGTH} bytes.
     */
    public AccountInfo currency(final String value)
    {
        writeText(CURRENCY, CURRENCY_LENGTH, value, true, "currency");
        return this;
    }

    /** Trade server. (char[40] at body offset 56; allocates, see {@link #copyServer}.) */
    public String server()
    {
        return readText(SERVER, SERVER_LENGTH);
    }

    /**
     * Copies the bytes of {@code server} before its first zero byte to the start of {@code dst} and
     * returns their number; a {@link #SERVER_LENGTH}-byte {@code dst} always fits. Allocates nothing.
     *
     * @throws IllegalArgumentException when {@code dst} is shorter than the text.
     */
    public int copyServer(final byte[] dst)
    {
        return copyTextField(SERVER, SERVER_LENGTH, dst);
    }

    /** Whether {@code server} is exactly these bytes (UTF-8, no zero padding). Allocates nothing. */
    public boolean serverEquals(final byte[] text)
    {
        return textFieldEquals(SERVER, SERVER_LENGTH, text);
    }

    /**
     * Sets {@code server} and zero-fills the rest of the field.
     *
     * @throws IllegalArgumentException when the value is null, contains U+0000 or an unpaired surrogate, or its
     *                                  UTF-8 is longer than {@link #SERVER_LENGTH} bytes.
     */
    public AccountInfo server(final String value)
    {
        writeText(SERVER, SERVER_LENGTH, value, false, "server");
        return this;
    }

    /** Broker. (char[40] at body offset 96; allocates, see {@link #copyCompany}.) */
    public String company()
    {
        return readText(COMPANY, COMPANY_LENGTH);
    }

    /**
     * Copies the bytes of {@code company} before its first zero byte to the start of {@code dst} and
     * returns their number; a {@link #COMPANY_LENGTH}-byte {@code dst} always fits. Allocates nothing.
     *
     * @throws IllegalArgumentException when {@code dst} is shorter than the text.
     */
    public int copyCompany(final byte[] dst)
    {
        return copyTextField(COMPANY, COMPANY_LENGTH, dst);
    }

    /** Whether {@code company} is exactly these bytes (UTF-8, no zero padding). Allocates nothing. */
    public boolean companyEquals(final byte[] text)
    {
        return textFieldEquals(COMPANY, COMPANY_LENGTH, text);
    }

    /**
     * Sets {@code company} and zero-fills the rest of the field.
     *
     * @throws IllegalArgumentException when the value is null, contains U+0000 or an unpaired surrogate, or its
     *                                  UTF-8 is longer than {@link #COMPANY_LENGTH} bytes.
     */
    public AccountInfo company(final String value)
    {
        writeText(COMPANY, COMPANY_LENGTH, value, false, "company");
        return this;
    }
}
