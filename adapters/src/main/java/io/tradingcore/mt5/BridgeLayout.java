package io.tradingcore.mt5;

import static io.tradingcore.mt5.BridgeProtocol.MAX_SYMBOL_INDEX;
import static io.tradingcore.mt5.BridgeProtocol.POSITIONS_MAX_COUNT;

/**
 * The body tables of docs/mt5-protocol.md ("Messages") as data, for {@link BridgeCodec}: every field of every
 * type with its kind (what {@code validate} checks structurally: f64 finite, reserved bytes zero, text fields) and
 * its value rule (what {@code checkValues} checks: prices and volumes >= 0, order volume > 0, enumerations and
 * indexes in range). Offsets come from the flyweights, so the tables and the accessors cannot disagree.
 */
final class BridgeLayout
{
    static final int U8 = 0;
    static final int U16 = 1;
    static final int U32 = 2;
    static final int I32 = 3;
    static final int U64 = 4;
    static final int F64 = 5;
    static final int BYTES = 6;
    static final int RESERVED = 7;
    static final int TEXT = 8;
    static final int ASCII = 9;

    static final int ANY = 0;
    static final int NON_NEGATIVE = 1;
    static final int POSITIVE = 2;
    static final int RANGE = 3;

    /** One field: body offset (entry offset for entries), kind, byte length, and value rule with its range. */
    record Field(String name, int offset, int kind, int length, int rule, long min, long max)
    {
    }

    static final Field[] POSITIONS_ENTRY = {
        u64("ticket", PositionsSnapshot.Entry.TICKET),
        u64("identifier", PositionsSnapshot.Entry.IDENTIFIER),
        u64("magic", PositionsSnapshot.Entry.MAGIC),
        price("volume", PositionsSnapshot.Entry.VOLUME),
        price("priceOpen", PositionsSnapshot.Entry.PRICE_OPEN),
        price("stopLoss", PositionsSnapshot.Entry.STOP_LOSS),
        price("takeProfit", PositionsSnapshot.Entry.TAKE_PROFIT),
        f64("profit", PositionsSnapshot.Entry.PROFIT),
        f64("swap", PositionsSnapshot.Entry.SWAP),
        f64("commission", PositionsSnapshot.Entry.COMMISSION),
        u64("openTimeMs", PositionsSnapshot.Entry.OPEN_TIME_MS),
        symbolIndex(PositionsSnapshot.Entry.SYMBOL_INDEX),
        u8("side", PositionsSnapshot.Entry.SIDE, 1),
        reserved(PositionsSnapshot.Entry.RESERVED, PositionsSnapshot.Entry.RESERVED_LENGTH),
    };

    private static final Field[][] BODIES = new Field[BridgeProtocol.TYPE_EXEC_REPORT + 1][];

    static
    {
        BODIES[BridgeProtocol.TYPE_HELLO] = new Field[]{
            u64("login", Hello.LOGIN),
            u64("lastServerSequence", Hello.LAST_SERVER_SEQUENCE),
            field("clientBuild", Hello.CLIENT_BUILD, U32, 4),
            field("minVersion", Hello.MIN_VERSION, U16, 2),
            field("maxVersion", Hello.MAX_VERSION, U16, 2),
            text("terminal", Hello.TERMINAL, Hello.TERMINAL_LENGTH, TEXT),
            text("server", Hello.SERVER, Hello.SERVER_LENGTH, TEXT)};
        BODIES[BridgeProtocol.TYPE_CHALLENGE] = new Field[]{
            field("nonce", Challenge.NONCE, BYTES, Challenge.NONCE_LENGTH),
            u64("serverTimeMs", Challenge.SERVER_TIME_MS),
            field("heartbeatIntervalMs", Challenge.HEARTBEAT_INTERVAL_MS, U32, 4),
            field("idleTimeoutMs", Challenge.IDLE_TIMEOUT_MS, U32, 4)};
        BODIES[BridgeProtocol.TYPE_AUTH] = new Field[]{field("mac", Auth.MAC, BYTES, Auth.MAC_LENGTH)};
        BODIES[BridgeProtocol.TYPE_AUTH_OK] = new Field[]{
            u64("sessionId", AuthOk.SESSION_ID),
            u64("lastClientSequence", AuthOk.LAST_CLIENT_SEQUENCE),
            u64("serverTimeMs", AuthOk.SERVER_TIME_MS)};
        BODIES[BridgeProtocol.TYPE_HEARTBEAT] = new Field[]{
            u64("timeMs", Heartbeat.TIME_MS),
            u64("ackSequence", Heartbeat.ACK_SEQUENCE)};
        BODIES[BridgeProtocol.TYPE_ERROR] = new Field[]{
            new Field("code", ErrorFrame.CODE, U16, 2, RANGE, BridgeProtocol.ERROR_MALFORMED,
                BridgeProtocol.ERROR_INTERNAL),
            reserved(ErrorFrame.RESERVED, ErrorFrame.RESERVED_LENGTH),
            u64("refSequence", ErrorFrame.REF_SEQUENCE),
            text("message", ErrorFrame.MESSAGE, ErrorFrame.MESSAGE_LENGTH, TEXT)};
        BODIES[BridgeProtocol.TYPE_SYMBOL_INFO] = symbolInfo();
        BODIES[BridgeProtocol.TYPE_ACCOUNT_INFO] = accountInfo();
        BODIES[BridgeProtocol.TYPE_TICK] = new Field[]{
            u64("timeMs", Tick.TIME_MS),
            price("bid", Tick.BID),
            price("ask", Tick.ASK),
            price("last", Tick.LAST),
            price("volume", Tick.VOLUME),
            symbolIndex(Tick.SYMBOL_INDEX),
            field("flags", Tick.FLAGS, U32, 4)};
        BODIES[BridgeProtocol.TYPE_BAR] = new Field[]{
            u64("openTimeMs", Bar.OPEN_TIME_MS),
            price("open", Bar.OPEN),
            price("high", Bar.HIGH),
            price("low", Bar.LOW),
            price("close", Bar.CLOSE),
            price("volume", Bar.VOLUME),
            symbolIndex(Bar.SYMBOL_INDEX),
            u8("timeframe", Bar.TIMEFRAME, BridgeProtocol.TIMEFRAME_D1),
            reserved(Bar.RESERVED, Bar.RESERVED_LENGTH)};
        BODIES[BridgeProtocol.TYPE_POSITIONS_SNAPSHOT] = new Field[]{
            u64("asOfMs", PositionsSnapshot.AS_OF_MS),
            new Field("count", PositionsSnapshot.COUNT, U32, 4, RANGE, 0, POSITIONS_MAX_COUNT),
            reserved(PositionsSnapshot.RESERVED, PositionsSnapshot.RESERVED_LENGTH)};
        BODIES[BridgeProtocol.TYPE_ORDER_NEW] = orderNew();
        BODIES[BridgeProtocol.TYPE_ORDER_MODIFY] = new Field[]{
            u64("clientOrderId", OrderModify.CLIENT_ORDER_ID),
            price("price", OrderModify.PRICE),
            price("stopLoss", OrderModify.STOP_LOSS),
            price("takeProfit", OrderModify.TAKE_PROFIT),
            u64("expirationMs", OrderModify.EXPIRATION_MS)};
        BODIES[BridgeProtocol.TYPE_ORDER_CANCEL] = new Field[]{u64("clientOrderId", OrderCancel.CLIENT_ORDER_ID)};
        BODIES[BridgeProtocol.TYPE_EXEC_REPORT] = execReport();
    }

    private BridgeLayout()
    {
    }

    /** The fields of a type's body (for POSITIONS_SNAPSHOT its fixed part), or null for an unknown type. */
    static Field[] body(final int type)
    {
        return type >= 0 && type < BODIES.length ? BODIES[type] : null;
    }

    private static Field[] symbolInfo()
    {
        return new Field[]{
            price("point", SymbolInfo.POINT),
            price("contractSize", SymbolInfo.CONTRACT_SIZE),
            price("volumeMin", SymbolInfo.VOLUME_MIN),
            price("volumeMax", SymbolInfo.VOLUME_MAX),
            price("volumeStep", SymbolInfo.VOLUME_STEP),
            price("tickSize", SymbolInfo.TICK_SIZE),
            price("tickValue", SymbolInfo.TICK_VALUE),
            symbolIndex(SymbolInfo.SYMBOL_INDEX),
            field("digits", SymbolInfo.DIGITS, U32, 4),
            u8("tradeMode", SymbolInfo.TRADE_MODE, BridgeProtocol.TRADE_MODE_FULL),
            reserved(SymbolInfo.RESERVED, SymbolInfo.RESERVED_LENGTH),
            text("symbol", SymbolInfo.SYMBOL, SymbolInfo.SYMBOL_LENGTH, ASCII),
            text("currencyBase", SymbolInfo.CURRENCY_BASE, SymbolInfo.CURRENCY_BASE_LENGTH, ASCII),
            text("currencyProfit", SymbolInfo.CURRENCY_PROFIT, SymbolInfo.CURRENCY_PROFIT_LENGTH, ASCII)};
    }

    private static Field[] accountInfo()
    {
        return new Field[]{
            u64("login", AccountInfo.LOGIN),
            f64("balance", AccountInfo.BALANCE),
            f64("equity", AccountInfo.EQUITY),
            f64("margin", AccountInfo.MARGIN),
            f64("freeMargin", AccountInfo.FREE_MARGIN),
            field("leverage", AccountInfo.LEVERAGE, U32, 4),
            u8("marginMode", AccountInfo.MARGIN_MODE, BridgeProtocol.MARGIN_MODE_RETAIL_HEDGING),
            reserved(AccountInfo.RESERVED, AccountInfo.RESERVED_LENGTH),
            text("currency", AccountInfo.CURRENCY, AccountInfo.CURRENCY_LENGTH, ASCII),
            text("server", AccountInfo.SERVER, AccountInfo.SERVER_LENGTH, TEXT),
            text("company", AccountInfo.COMPANY, AccountInfo.COMPANY_LENGTH, TEXT)};
    }

    private static Field[] orderNew()
    {
        return new Field[]{
            u64("clientOrderId", OrderNew.CLIENT_ORDER_ID),
            u64("magic", OrderNew.MAGIC),
            u64("positionTicket", OrderNew.POSITION_TICKET),
            new Field("volume", OrderNew.VOLUME, F64, 8, POSITIVE, 0, 0),
            price("price", OrderNew.PRICE),
            price("stopLoss", OrderNew.STOP_LOSS),
            price("takeProfit", OrderNew.TAKE_PROFIT),
            u64("expirationMs", OrderNew.EXPIRATION_MS),
            symbolIndex(OrderNew.SYMBOL_INDEX),
            field("deviationPoints", OrderNew.DEVIATION_POINTS, U32, 4),
            u8("side", OrderNew.SIDE, BridgeProtocol.SIDE_SELL),
            u8("orderType", OrderNew.ORDER_TYPE, BridgeProtocol.ORDER_TYPE_STOP),
            u8("filling", OrderNew.FILLING, BridgeProtocol.FILLING_RETURN),
            u8("timeType", OrderNew.TIME_TYPE, BridgeProtocol.TIME_SPECIFIED),
            reserved(OrderNew.RESERVED, OrderNew.RESERVED_LENGTH),
            text("comment", OrderNew.COMMENT, OrderNew.COMMENT_LENGTH, TEXT)};
    }

    private static Field[] execReport()
    {
        return new Field[]{
            u64("clientOrderId", ExecReport.CLIENT_ORDER_ID),
            u64("orderTicket", ExecReport.ORDER_TICKET),
            u64("dealTicket", ExecReport.DEAL_TICKET),
            u64("positionTicket", ExecReport.POSITION_TICKET),
            u64("timeMs", ExecReport.TIME_MS),
            price("lastQuantity", ExecReport.LAST_QUANTITY),
            price("lastPrice", ExecReport.LAST_PRICE),
            price("cumulativeQuantity", ExecReport.CUMULATIVE_QUANTITY),
            price("leavesQuantity", ExecReport.LEAVES_QUANTITY),
            price("averagePrice", ExecReport.AVERAGE_PRICE),
            f64("commission", ExecReport.COMMISSION),
            f64("swap", ExecReport.SWAP),
            symbolIndex(ExecReport.SYMBOL_INDEX),
            field("retcode", ExecReport.RETCODE, I32, 4),
            u8("execType", ExecReport.EXEC_TYPE, BridgeProtocol.EXEC_MODIFIED),
            u8("side", ExecReport.SIDE, BridgeProtocol.SIDE_SELL),
            reserved(ExecReport.RESERVED, ExecReport.RESERVED_LENGTH),
            text("text", ExecReport.TEXT, ExecReport.TEXT_LENGTH, TEXT)};
    }

    private static Field field(final String name, final int offset, final int kind, final int length)
    {
        return new Field(name, offset, kind, length, ANY, 0, 0);
    }

    private static Field u64(final String name, final int offset)
    {
        return field(name, offset, U64, 8);
    }

    /** A money amount or other f64 that may be negative: only finiteness is checked (structurally). */
    private static Field f64(final String name, final int offset)
    {
        return field(name, offset, F64, 8);
    }

    /** A price or volume: finite and >= 0 ("Conventions"). */
    private static Field price(final String name, final int offset)
    {
        return new Field(name, offset, F64, 8, NON_NEGATIVE, 0, 0);
    }

    /** An enumeration 0 .. max. */
    private static Field u8(final String name, final int offset, final int max)
    {
        return new Field(name, offset, U8, 1, RANGE, 0, max);
    }

    private static Field symbolIndex(final int offset)
    {
        return new Field("symbolIndex", offset, U32, 4, RANGE, 0, MAX_SYMBOL_INDEX);
    }

    private static Field reserved(final int offset, final int length)
    {
        return field("reserved", offset, RESERVED, length);
    }

    private static Field text(final String name, final int offset, final int length, final int kind)
    {
        return field(name, offset, kind, length);
    }
}
