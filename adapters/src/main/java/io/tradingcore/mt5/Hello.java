package io.tradingcore.mt5;

/**
 * Flyweight of HELLO (1), client to server, 96-byte body (docs/mt5-protocol.md, "HELLO"). The client's first frame: who
 * it is and which protocol versions it speaks. Offsets are body offsets as in the document (add 16 for the frame); see
 * {@link BridgeFrame} for the wrap/encode cycle and how field types map to Java.
 */
public final class Hello extends BridgeFrame<Hello>
{
    /** The length in bytes of the {@code terminal} field. */
    public static final int TERMINAL_LENGTH = 32;
    /** The length in bytes of the {@code server} field. */
    public static final int SERVER_LENGTH = 40;

    static final int LOGIN = 0;
    static final int LAST_SERVER_SEQUENCE = 8;
    static final int CLIENT_BUILD = 16;
    static final int MIN_VERSION = 20;
    static final int MAX_VERSION = 22;
    static final int TERMINAL = 24;
    static final int SERVER = 56;

    public Hello()
    {
        super(BridgeProtocol.TYPE_HELLO);
    }

    /** Trading account number. (u64 at body offset 0.) */
    public long login()
    {
        return u64(LOGIN);
    }

    public Hello login(final long value)
    {
        putU64(LOGIN, value);
        return this;
    }

    /** Last server frame sequence the client processed for this account, 0 if none. (u64 at body offset 8.) */
    public long lastServerSequence()
    {
        return u64(LAST_SERVER_SEQUENCE);
    }

    public Hello lastServerSequence(final long value)
    {
        putU64(LAST_SERVER_SEQUENCE, value);
        return this;
    }

    /** Client software build (informational). (u32 at body offset 16.) */
    public int clientBuild()
    {
        return u32(CLIENT_BUILD);
    }

    public Hello clientBuild(final int value)
    {
        putU32(CLIENT_BUILD, value);
        return this;
    }

    /** Lowest protocol version the client speaks. (u16 at body offset 20.) */
    public int minVersion()
    {
        return u16(MIN_VERSION);
    }

    public Hello minVersion(final int value)
    {
        putU16(MIN_VERSION, value);
        return this;
    }

    /** Highest protocol version the client speaks. (u16 at body offset 22.) */
    public int maxVersion()
    {
        return u16(MAX_VERSION);
    }

    public Hello maxVersion(final int value)
    {
        putU16(MAX_VERSION, value);
        return this;
    }

    /** Terminal/company name (informational). (char[32] at body offset 24; allocates, see {@link #copyTerminal}.) */
    public String terminal()
    {
        return readText(TERMINAL, TERMINAL_LENGTH);
    }

    /**
     * Copies the bytes of {@code terminal} before its first zero byte to the start of {@code dst} and
     * returns their number; a {@link #TERMINAL_LENGTH}-byte {@code dst} always fits. Allocates nothing.
     *
     * @throws IllegalArgumentException when {@code dst} is shorter than the text.
     */
    public int copyTerminal(final byte[] dst)
    {
        return copyTextField(TERMINAL, TERMINAL_LENGTH, dst);
    }

    /** Whether {@code terminal} is exactly these bytes (UTF-8, no zero padding). Allocates nothing. */
    public boolean terminalEquals(final byte[] text)
    {
        return textFieldEquals(TERMINAL, TERMINAL_LENGTH, text);
    }

    /**
     * Sets {@code terminal} and zero-fills the rest of the field.
     *
     * @throws IllegalArgumentException when the value is null, contains U+0000 or an unpaired surrogate, or its
     *                                  UTF-8 is longer than {@link #TERMINAL_LENGTH} bytes.
     */
    public Hello terminal(final String value)
    {
        writeText(TERMINAL, TERMINAL_LENGTH, value, false, "terminal");
        return this;
    }

    /** Trade server name (informational). (char[40] at body offset 56; allocates, see {@link #copyServer}.) */
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
    public Hello server(final String value)
    {
        writeText(SERVER, SERVER_LENGTH, value, false, "server");
        return this;
    }
}
