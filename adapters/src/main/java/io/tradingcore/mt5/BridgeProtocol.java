package io.tradingcore.mt5;

import java.nio.ByteOrder;

/**
 * Constants of the MT5 bridge protocol, version 1, exactly as docs/mt5-protocol.md defines them: framing, the
 * message type codes and their body lengths, limits, error codes and the enumerations carried in bodies, plus
 * small lookups over them. Stateless.
 */
public final class BridgeProtocol
{
    /** Every integer and float of a frame is little-endian. */
    public static final ByteOrder BYTE_ORDER = ByteOrder.LITTLE_ENDIAN;

    public static final int HEADER_LENGTH = 16;
    /** Largest frame, header included; a larger {@code length} is {@link #ERROR_TOO_LARGE}. */
    public static final int MAX_FRAME_LENGTH = 65536;
    public static final int VERSION = 1;

    /** Header: {@code length u32} (whole frame, header included). */
    public static final int LENGTH_OFFSET = 0;
    /** Header: {@code type u16}. */
    public static final int TYPE_OFFSET = 4;
    /** Header: {@code ver u8}. */
    public static final int VERSION_OFFSET = 6;
    /** Header: {@code flags u8}, always 0. */
    public static final int FLAGS_OFFSET = 7;
    /** Header: {@code sequence u64}, the sender's frame number. */
    public static final int SEQUENCE_OFFSET = 8;

    public static final int TYPE_HELLO = 1;
    public static final int TYPE_CHALLENGE = 2;
    public static final int TYPE_AUTH = 3;
    public static final int TYPE_AUTH_OK = 4;
    public static final int TYPE_HEARTBEAT = 5;
    public static final int TYPE_ERROR = 6;
    public static final int TYPE_SYMBOL_INFO = 10;
    public static final int TYPE_ACCOUNT_INFO = 11;
    public static final int TYPE_TICK = 12;
    public static final int TYPE_BAR = 13;
    public static final int TYPE_POSITIONS_SNAPSHOT = 14;
    public static final int TYPE_ORDER_NEW = 20;
    public static final int TYPE_ORDER_MODIFY = 21;
    public static final int TYPE_ORDER_CANCEL = 22;
    public static final int TYPE_EXEC_REPORT = 23;

    public static final int HELLO_BODY_LENGTH = 96;
    public static final int CHALLENGE_BODY_LENGTH = 48;
    public static final int AUTH_BODY_LENGTH = 32;
    public static final int AUTH_OK_BODY_LENGTH = 24;
    public static final int HEARTBEAT_BODY_LENGTH = 16;
    public static final int ERROR_BODY_LENGTH = 128;
    public static final int SYMBOL_INFO_BODY_LENGTH = 120;
    public static final int ACCOUNT_INFO_BODY_LENGTH = 136;
    public static final int TICK_BODY_LENGTH = 48;
    public static final int BAR_BODY_LENGTH = 56;
    /** Fixed part of a POSITIONS_SNAPSHOT body; the entries follow it. */
    public static final int POSITIONS_SNAPSHOT_FIXED_LENGTH = 16;
    public static final int POSITIONS_ENTRY_LENGTH = 96;
    /** Largest valid POSITIONS_SNAPSHOT {@code count}; more is {@link #ERROR_INVALID_VALUE}. */
    public static final int POSITIONS_MAX_COUNT = 500;
    public static final int ORDER_NEW_BODY_LENGTH = 112;
    public static final int ORDER_MODIFY_BODY_LENGTH = 40;
    public static final int ORDER_CANCEL_BODY_LENGTH = 8;
    public static final int EXEC_REPORT_BODY_LENGTH = 160;

    /** Largest valid {@code symbolIndex}. */
    public static final int MAX_SYMBOL_INDEX = 1023;
    public static final int NONCE_LENGTH = 32;
    public static final int MAC_LENGTH = 32;

    public static final int ERROR_MALFORMED = 1;
    public static final int ERROR_UNKNOWN_TYPE = 2;
    public static final int ERROR_TOO_LARGE = 3;
    public static final int ERROR_UNSUPPORTED_VERSION = 4;
    public static final int ERROR_AUTH_FAILED = 5;
    public static final int ERROR_NOT_AUTHENTICATED = 6;
    public static final int ERROR_IDLE_TIMEOUT = 7;
    public static final int ERROR_SESSION_EXISTS = 8;
    public static final int ERROR_UNKNOWN_SYMBOL = 9;
    public static final int ERROR_INVALID_VALUE = 10;
    public static final int ERROR_SEQUENCE = 11;
    public static final int ERROR_OVERLOADED = 12;
    public static final int ERROR_UNKNOWN_ORDER = 13;
    public static final int ERROR_INTERNAL = 14;

    /** EXEC_REPORT {@code execType}: accepted by the broker. */
    public static final int EXEC_NEW = 0;
    public static final int EXEC_PARTIAL_FILL = 1;
    public static final int EXEC_FILL = 2;
    public static final int EXEC_CANCELLED = 3;
    public static final int EXEC_REJECTED = 4;
    public static final int EXEC_EXPIRED = 5;
    public static final int EXEC_MODIFIED = 6;

    public static final int SIDE_BUY = 0;
    public static final int SIDE_SELL = 1;

    public static final int ORDER_TYPE_MARKET = 0;
    public static final int ORDER_TYPE_LIMIT = 1;
    public static final int ORDER_TYPE_STOP = 2;

    public static final int FILLING_FOK = 0;
    public static final int FILLING_IOC = 1;
    public static final int FILLING_RETURN = 2;

    public static final int TIME_GTC = 0;
    public static final int TIME_DAY = 1;
    /** ORDER_NEW {@code timeType}: good until {@code expirationMs}. */
    public static final int TIME_SPECIFIED = 2;

    public static final int TIMEFRAME_M1 = 0;
    public static final int TIMEFRAME_M5 = 1;
    public static final int TIMEFRAME_M15 = 2;
    public static final int TIMEFRAME_M30 = 3;
    public static final int TIMEFRAME_H1 = 4;
    public static final int TIMEFRAME_H4 = 5;
    public static final int TIMEFRAME_D1 = 6;

    public static final int TRADE_MODE_DISABLED = 0;
    public static final int TRADE_MODE_LONG_ONLY = 1;
    public static final int TRADE_MODE_SHORT_ONLY = 2;
    public static final int TRADE_MODE_CLOSE_ONLY = 3;
    public static final int TRADE_MODE_FULL = 4;

    public static final int MARGIN_MODE_RETAIL_NETTING = 0;
    public static final int MARGIN_MODE_EXCHANGE = 1;
    public static final int MARGIN_MODE_RETAIL_HEDGING = 2;

    /** MT5 {@code TICK_FLAG_*} bits carried by TICK {@code flags}. */
    public static final int TICK_FLAG_BID = 2;
    public static final int TICK_FLAG_ASK = 4;
    public static final int TICK_FLAG_LAST = 8;
    public static final int TICK_FLAG_VOLUME = 16;
    public static final int TICK_FLAG_BUY = 32;
    public static final int TICK_FLAG_SELL = 64;

    /** Most entries a POSITIONS_SNAPSHOT frame can hold at all (structurally); only 0..500 are valid. */
    static final int POSITIONS_FIT_COUNT =
        (MAX_FRAME_LENGTH - HEADER_LENGTH - POSITIONS_SNAPSHOT_FIXED_LENGTH) / POSITIONS_ENTRY_LENGTH;

    private BridgeProtocol()
    {
    }

    /**
     * Body length of a message type, header excluded.
     *
     * @param type           message type code.
     * @param positionsCount number of entries, used only for POSITIONS_SNAPSHOT.
     * @return the body length, or -1 for an unknown type or a POSITIONS_SNAPSHOT count that is negative or too
     * large for any frame (more than {@code (65536 - 32) / 96 = 682}).
     */
    public static int bodyLength(final int type, final int positionsCount)
    {
        return switch (type)
        {
            case TYPE_HELLO -> HELLO_BODY_LENGTH;
            case TYPE_CHALLENGE -> CHALLENGE_BODY_LENGTH;
            case TYPE_AUTH -> AUTH_BODY_LENGTH;
            case TYPE_AUTH_OK -> AUTH_OK_BODY_LENGTH;
            case TYPE_HEARTBEAT -> HEARTBEAT_BODY_LENGTH;
            case TYPE_ERROR -> ERROR_BODY_LENGTH;
            case TYPE_SYMBOL_INFO -> SYMBOL_INFO_BODY_LENGTH;
            case TYPE_ACCOUNT_INFO -> ACCOUNT_INFO_BODY_LENGTH;
            case TYPE_TICK -> TICK_BODY_LENGTH;
            case TYPE_BAR -> BAR_BODY_LENGTH;
            case TYPE_POSITIONS_SNAPSHOT -> positionsCount < 0 || positionsCount > POSITIONS_FIT_COUNT ? -1 :
                POSITIONS_SNAPSHOT_FIXED_LENGTH + POSITIONS_ENTRY_LENGTH * positionsCount;
            case TYPE_ORDER_NEW -> ORDER_NEW_BODY_LENGTH;
            case TYPE_ORDER_MODIFY -> ORDER_MODIFY_BODY_LENGTH;
            case TYPE_ORDER_CANCEL -> ORDER_CANCEL_BODY_LENGTH;
            case TYPE_EXEC_REPORT -> EXEC_REPORT_BODY_LENGTH;
            default -> -1;
        };
    }

    /**
     * Name of a message type as the document spells it, e.g. {@code "POSITIONS_SNAPSHOT"}; {@code "UNKNOWN"} for a
     * code not in the table. Allocates nothing.
     */
    public static String typeName(final int type)
    {
        return switch (type)
        {
            case TYPE_HELLO -> "HELLO";
            case TYPE_CHALLENGE -> "CHALLENGE";
            case TYPE_AUTH -> "AUTH";
            case TYPE_AUTH_OK -> "AUTH_OK";
            case TYPE_HEARTBEAT -> "HEARTBEAT";
            case TYPE_ERROR -> "ERROR";
            case TYPE_SYMBOL_INFO -> "SYMBOL_INFO";
            case TYPE_ACCOUNT_INFO -> "ACCOUNT_INFO";
            case TYPE_TICK -> "TICK";
            case TYPE_BAR -> "BAR";
            case TYPE_POSITIONS_SNAPSHOT -> "POSITIONS_SNAPSHOT";
            case TYPE_ORDER_NEW -> "ORDER_NEW";
            case TYPE_ORDER_MODIFY -> "ORDER_MODIFY";
            case TYPE_ORDER_CANCEL -> "ORDER_CANCEL";
            case TYPE_EXEC_REPORT -> "EXEC_REPORT";
            default -> "UNKNOWN";
        };
    }

    /** Whether the client (terminal) may send this type: true for HEARTBEAT and ERROR, false for unknown types. */
    public static boolean fromClient(final int type)
    {
        return switch (type)
        {
            case TYPE_HELLO, TYPE_AUTH, TYPE_HEARTBEAT, TYPE_ERROR, TYPE_SYMBOL_INFO, TYPE_ACCOUNT_INFO, TYPE_TICK,
                TYPE_BAR, TYPE_POSITIONS_SNAPSHOT, TYPE_EXEC_REPORT -> true;
            default -> false;
        };
    }

    /** Whether the server (daemon) may send this type: true for HEARTBEAT and ERROR, false for unknown types. */
    public static boolean fromServer(final int type)
    {
        return switch (type)
        {
            case TYPE_CHALLENGE, TYPE_AUTH_OK, TYPE_HEARTBEAT, TYPE_ERROR, TYPE_ORDER_NEW, TYPE_ORDER_MODIFY,
                TYPE_ORDER_CANCEL -> true;
            default -> false;
        };
    }

    /** Name of an error code as the document spells it, e.g. {@code "MALFORMED"}; {@code "UNKNOWN"} otherwise. */
    public static String errorName(final int code)
    {
        return switch (code)
        {
            case ERROR_MALFORMED -> "MALFORMED";
            case ERROR_UNKNOWN_TYPE -> "UNKNOWN_TYPE";
            case ERROR_TOO_LARGE -> "TOO_LARGE";
            case ERROR_UNSUPPORTED_VERSION -> "UNSUPPORTED_VERSION";
            case ERROR_AUTH_FAILED -> "AUTH_FAILED";
            case ERROR_NOT_AUTHENTICATED -> "NOT_AUTHENTICATED";
            case ERROR_IDLE_TIMEOUT -> "IDLE_TIMEOUT";
            case ERROR_SESSION_EXISTS -> "SESSION_EXISTS";
            case ERROR_UNKNOWN_SYMBOL -> "UNKNOWN_SYMBOL";
            case ERROR_INVALID_VALUE -> "INVALID_VALUE";
            case ERROR_SEQUENCE -> "SEQUENCE";
            case ERROR_OVERLOADED -> "OVERLOADED";
            case ERROR_UNKNOWN_ORDER -> "UNKNOWN_ORDER";
            case ERROR_INTERNAL -> "INTERNAL";
            default -> "UNKNOWN";
        };
    }

    /**
     * Whether an error code closes the connection ("closes" column of "Errors and limits"): codes 1-8 and 14;
     * 9-13 only drop the frame. Unknown codes are treated as closing.
     */
    public static boolean errorCloses(final int code)
    {
        return code < ERROR_UNKNOWN_SYMBOL || code > ERROR_UNKNOWN_ORDER;
    }
}
