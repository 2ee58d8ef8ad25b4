package io.tradingcore.mt5;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The tables of docs/mt5-protocol.md typed in again, independently of the main code: the type table (name,
 * direction, body length) and every body and the POSITIONS_SNAPSHOT entry, field by field with the value rule of
 * its "meaning" column. The tests check the flyweights and the codec against these.
 */
final class DocLayout
{
    enum Kind
    {
        U8, U16, U32, I32, U64, F64, BYTES, RESERVED, TEXT, ASCII
    }

    /** Value rules: none, price or volume (>= 0), strictly positive, or an unsigned range {@code min..max}. */
    enum Rule
    {
        ANY, PRICE, POSITIVE, RANGE
    }

    record Field(String name, int offset, Kind kind, int length, Rule rule, long min, long max)
    {
        boolean isText()
        {
            return kind == Kind.TEXT || kind == Kind.ASCII;
        }
    }

    record Type(int code, String name, boolean fromClient, boolean fromServer, int bodyLength, List<Field> fields)
    {
    }

    static final List<Field> ENTRY = List.of(
        u64("ticket", 0), u64("identifier", 8), u64("magic", 16), price("volume", 24), price("priceOpen", 32),
        price("stopLoss", 40), price("takeProfit", 48), f64("profit", 56), f64("swap", 64), f64("commission", 72),
        u64("openTimeMs", 80), symbolIndex(88), range("side", 92, Kind.U8, 0, 1), reserved(93, 3));

    static final List<Type> TYPES = List.of(
        new Type(1, "HELLO", true, false, 96, List.of(
            u64("login", 0), u64("lastServerSequence", 8), plain("clientBuild", 16, Kind.U32, 4),
            plain("minVersion", 20, Kind.U16, 2), plain("maxVersion", 22, Kind.U16, 2),
            plain("terminal", 24, Kind.TEXT, 32), plain("server", 56, Kind.TEXT, 40))),
        new Type(2, "CHALLENGE", false, true, 48, List.of(
            plain("nonce", 0, Kind.BYTES, 32), u64("serverTimeMs", 32), plain("heartbeatIntervalMs", 40, Kind.U32, 4),
            plain("idleTimeoutMs", 44, Kind.U32, 4))),
        new Type(3, "AUTH", true, false, 32, List.of(plain("mac", 0, Kind.BYTES, 32))),
        new Type(4, "AUTH_OK", false, true, 24, List.of(
            u64("sessionId", 0), u64("lastClientSequence", 8), u64("serverTimeMs", 16))),
        new Type(5, "HEARTBEAT", true, true, 16, List.of(u64("timeMs", 0), u64("ackSequence", 8))),
        new Type(6, "ERROR", true, true, 128, List.of(
            range("code", 0, Kind.U16, 1, 14), reserved(2, 6), u64("refSequence", 8),
            plain("message", 16, Kind.TEXT, 112))),
        new Type(10, "SYMBOL_INFO", true, false, 120, List.of(
            price("point", 0), price("contractSize", 8), price("volumeMin", 16), price("volumeMax", 24),
            price("volumeStep", 32), price("tickSize", 40), price("tickValue", 48), symbolIndex(56),
            plain("digits", 60, Kind.U32, 4), range("tradeMode", 64, Kind.U8, 0, 4), reserved(65, 7),
            plain("symbol", 72, Kind.ASCII, 32), plain("currencyBase", 104, Kind.ASCII, 8),
            plain("currencyProfit", 112, Kind.ASCII, 8))),
        new Type(11, "ACCOUNT_INFO", true, false, 136, List.of(
            u64("login", 0), f64("balance", 8), f64("equity", 16), f64("margin", 24), f64("freeMargin", 32),
            plain("leverage", 40, Kind.U32, 4), range("marginMode", 44, Kind.U8, 0, 2), reserved(45, 3),
            plain("currency", 48, Kind.ASCII, 8), plain("server", 56, Kind.TEXT, 40),
            plain("company", 96, Kind.TEXT, 40))),
        new Type(12, "TICK", true, false, 48, List.of(
            u64("timeMs", 0), price("bid", 8), price("ask", 16), price("last", 24), price("volume", 32),
            symbolIndex(40), plain("flags", 44, Kind.U32, 4))),
        new Type(13, "BAR", true, false, 56, List.of(
            u64("openTimeMs", 0), price("open", 8), price("high", 16), price("low", 24), price("close", 32),
            price("volume", 40), symbolIndex(48), range("timeframe", 52, Kind.U8, 0, 6), reserved(53, 3))),
        new Type(14, "POSITIONS_SNAPSHOT", true, false, 16, List.of(
            u64("asOfMs", 0), range("count", 8, Kind.U32, 0, 500), reserved(12, 4))),
        new Type(20, "ORDER_NEW", false, true, 112, List.of(
            u64("clientOrderId", 0), u64("magic", 8), u64("positionTicket", 16),
            new Field("volume", 24, Kind.F64, 8, Rule.POSITIVE, 0, 0), price("price", 32), price("stopLoss", 40),
            price("takeProfit", 48), u64("expirationMs", 56), symbolIndex(64),
            plain("deviationPoints", 68, Kind.U32, 4), range("side", 72, Kind.U8, 0, 1),
            range("orderType", 73, Kind.U8, 0, 2), range("filling", 74, Kind.U8, 0, 2),
            range("timeType", 75, Kind.U8, 0, 2), reserved(76, 4), plain("comment", 80, Kind.TEXT, 32))),
        new Type(21, "ORDER_MODIFY", false, true, 40, List.of(
            u64("clientOrderId", 0), price("price", 8), price("stopLoss", 16), price("takeProfit", 24),
            u64("expirationMs", 32))),
        new Type(22, "ORDER_CANCEL", false, true, 8, List.of(u64("clientOrderId", 0))),
        new Type(23, "EXEC_REPORT", true, false, 160, List.of(
            u64("clientOrderId", 0), u64("orderTicket", 8), u64("dealTicket", 16), u64("positionTicket", 24),
            u64("timeMs", 32), price("lastQuantity", 40), price("lastPrice", 48), price("cumulativeQuantity", 56),
            price("leavesQuantity", 64), price("averagePrice", 72), f64("commission", 80), f64("swap", 88),
            symbolIndex(96), plain("retcode", 100, Kind.I32, 4), range("execType", 104, Kind.U8, 0, 6),
            range("side", 105, Kind.U8, 0, 1), reserved(106, 6), plain("text", 112, Kind.TEXT, 48))));

    static final Map<Integer, Type> BY_CODE = TYPES.stream().collect(Collectors.toMap(Type::code, type -> type));

    private DocLayout()
    {
    }

    static Type type(final int code)
    {
        return BY_CODE.get(code);
    }

    /** A new flyweight of the main code for a type of the table. */
    static BridgeFrame<?> flyweight(final int code)
    {
        return switch (code)
        {
            case 1 -> new Hello();
            case 2 -> new Challenge();
            case 3 -> new Auth();
            case 4 -> new AuthOk();
            case 5 -> new Heartbeat();
            case 6 -> new ErrorFrame();
            case 10 -> new SymbolInfo();
            case 11 -> new AccountInfo();
            case 12 -> new Tick();
            case 13 -> new Bar();
            case 14 -> new PositionsSnapshot();
            case 20 -> new OrderNew();
            case 21 -> new OrderModify();
            case 22 -> new OrderCancel();
            case 23 -> new ExecReport();
            default -> throw new IllegalArgumentException("type " + code);
        };
    }

    private static Field plain(final String name, final int offset, final Kind kind, final int length)
    {
        return new Field(name, offset, kind, length, Rule.ANY, 0, 0);
    }

    private static Field u64(final String name, final int offset)
    {
        return plain(name, offset, Kind.U64, 8);
    }

    private static Field f64(final String name, final int offset)
    {
        return plain(name, offset, Kind.F64, 8);
    }

    private static Field price(final String name, final int offset)
    {
        return new Field(name, offset, Kind.F64, 8, Rule.PRICE, 0, 0);
    }

    private static Field range(final String name, final int offset, final Kind kind, final long min, final long max)
    {
        return new Field(name, offset, kind, kind == Kind.U8 ? 1 : kind == Kind.U16 ? 2 : 4, Rule.RANGE, min, max);
    }

    private static Field symbolIndex(final int offset)
    {
        return range("symbolIndex", offset, Kind.U32, 0, 1023);
    }

    private static Field reserved(final int offset, final int length)
    {
        return plain("reserved", offset, Kind.RESERVED, length);
    }
}
