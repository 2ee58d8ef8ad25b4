package io.tradingcore.risk;

/**
 * Result codes of a pre-trade check ({@link PreTradeRisk#check}): {@link #NONE} for an accepted order, otherwise
 * the first check the order failed, in the order the checks run. Journaled with the rejection. Constants only;
 * {@link #name(int)} and {@link #describe(int)} may be called from any thread.
 */
public final class RiskReason
{
    /** The order passed every check. */
    public static final int NONE = 0;
    /** The kill switch is engaged: no order may be sent. */
    public static final int KILL_SWITCH = 1;
    /** Lots or price not a positive finite number, an unknown side or a bad contract size. */
    public static final int INVALID_ORDER = 2;
    /** No price has been seen for the symbol yet. */
    public static final int NO_MARKET_DATA = 3;
    /** The symbol's last price is older than stale-data-ms. */
    public static final int STALE_DATA = 4;
    /** The order price is further from the last price than price-collar allows. */
    public static final int PRICE_COLLAR = 5;
    /** The day's net PnL has reached the daily-loss-limit (this also engages the kill switch). */
    public static final int DAILY_LOSS = 6;
    /** The order is larger than max-order-lots. */
    public static final int MAX_ORDER_LOTS = 7;
    /** The order's notional (lots x price x contract size) is above max-order-notional. */
    public static final int MAX_ORDER_NOTIONAL = 8;
    /** The symbol's position would exceed max-position-lots. */
    public static final int MAX_POSITION = 9;
    /** The gross position over all symbols would exceed max-total-lots. */
    public static final int MAX_TOTAL_POSITION = 10;
    /** max-open-orders orders are already open. */
    public static final int MAX_OPEN_ORDERS = 11;
    /** max-orders-per-window orders were already accepted in the last rate-window-ms. */
    public static final int RATE_LIMIT = 12;
    /** Number of reason codes: codes are 0 .. COUNT - 1. */
    public static final int COUNT = 13;

    private RiskReason()
    {
    }

    /** @return the constant's name, e.g. "MAX_ORDER_NOTIONAL", or "UNKNOWN(n)". Any thread. */
    public static String name(final int reason)
    {
        switch (reason)
        {
            case NONE: return "NONE";
            case KILL_SWITCH: return "KILL_SWITCH";
            case INVALID_ORDER: return "INVALID_ORDER";
            case NO_MARKET_DATA: return "NO_MARKET_DATA";
            case STALE_DATA: return "STALE_DATA";
            case PRICE_COLLAR: return "PRICE_COLLAR";
            case DAILY_LOSS: return "DAILY_LOSS";
            case MAX_ORDER_LOTS: return "MAX_ORDER_LOTS";
            case MAX_ORDER_NOTIONAL: return "MAX_ORDER_NOTIONAL";
            case MAX_POSITION: return "MAX_POSITION";
            case MAX_TOTAL_POSITION: return "MAX_TOTAL_POSITION";
            case MAX_OPEN_ORDERS: return "MAX_OPEN_ORDERS";
            case RATE_LIMIT: return "RATE_LIMIT";
            default: return "UNKNOWN(" + reason + ")";
        }
    }

    /** @return one plain-English sentence saying why an order with this result was (not) rejected. Any thread. */
    public static String describe(final int reason)
    {
        switch (reason)
        {
            case NONE: return "The order passed every pre-trade check.";
            case KILL_SWITCH: return "The kill switch is engaged, so no order may be sent.";
            case INVALID_ORDER: return "The order's side, lots, price or contract size is not valid.";
            case NO_MARKET_DATA: return "No market price has been seen for the symbol yet.";
            case STALE_DATA: return "The symbol's last market price is older than the stale-data limit.";
            case PRICE_COLLAR: return "The order price is too far from the last market price.";
            case DAILY_LOSS: return "The day's loss has reached the daily loss limit, so the kill switch was engaged.";
            case MAX_ORDER_LOTS: return "The order is larger than the maximum lots per order.";
            case MAX_ORDER_NOTIONAL: return "The order's notional value is above the maximum per order.";
            case MAX_POSITION: return "The order would take the symbol's position above its maximum.";
            case MAX_TOTAL_POSITION: return "The order would take the gross position of all symbols above its maximum.";
            case MAX_OPEN_ORDERS: return "The maximum number of open orders is already reached.";
            case RATE_LIMIT: return "Too many orders were sent within the rate-limit window.";
            default: return "Unknown risk reason " + reason + ".";
        }
    }
}
