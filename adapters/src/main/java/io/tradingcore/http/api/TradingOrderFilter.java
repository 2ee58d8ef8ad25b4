package io.tradingcore.http.api;

import io.tradingcore.engine.SymbolRegistry;
import io.tradingcore.http.ApiException;
import io.tradingcore.order.OrderState;
import io.tradingcore.order.OrdersView;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The query of {@code GET /api/v1/orders}: {@code state} ({@code all}, the default; {@code open}; or one
 * {@link OrderState} name such as {@code FILLED}, any case), {@code symbol} (a symbol name) and {@code limit}
 * (1..{@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}). Any other parameter, or a bad value, is a 400 naming
 * the parameter. Immutable; any thread.
 *
 * @param openOnly true for {@code state=open}.
 * @param state    the one state wanted, or -1 for any.
 * @param symbol   the symbol wanted, or null for any.
 * @param limit    most orders returned (the newest).
 */
record TradingOrderFilter(boolean openOnly, int state, String symbol, int limit)
{
    /** Default {@code limit}. */
    static final int DEFAULT_LIMIT = 100;
    /** Largest {@code limit}. */
    static final int MAX_LIMIT = 1000;

    private static final Set<String> PARAMETERS = Set.of("state", "symbol", "limit");

    /**
     * @param query the request's query parameters.
     * @return the filter they describe.
     * @throws ApiException 400 naming the parameter at fault.
     */
    static TradingOrderFilter parse(final Map<String, String> query)
    {
        for (final String name : query.keySet())
        {
            if (!PARAMETERS.contains(name))
            {
                throw new ApiException(400, "unknown_field", "unknown query parameter '" + name +
                    "'; known parameters: [limit, state, symbol]", name);
            }
        }
        final String stateText = query.getOrDefault("state", "all").trim().toUpperCase(Locale.ROOT);
        final boolean open = "OPEN".equals(stateText);
        final int state = open || "ALL".equals(stateText) ? -1 : state(stateText);
        final String symbol = query.get("symbol");
        if (symbol != null)
        {
            try
            {
                SymbolRegistry.validate(symbol);
            }
            catch (final IllegalArgumentException ex)
            {
                throw ApiException.badRequest("symbol", ex.getMessage());
            }
        }
        return new TradingOrderFilter(open, state, symbol, limit(query.get("limit")));
    }

    /** @return true when {@code row}, whose symbol is {@code symbolName}, passes the state and symbol filters. */
    boolean accepts(final OrdersView.OrderRow row, final String symbolName)
    {
        return (state < 0 || row.state() == state) && (symbol == null || symbol.equals(symbolName));
    }

    private static int state(final String text)
    {
        for (int code = 0; code < OrderState.COUNT; code++)
        {
            if (OrderState.name(code).equals(text))
            {
                return code;
            }
        }
        final StringBuilder known = new StringBuilder("open, all");
        for (int code = 0; code < OrderState.COUNT; code++)
        {
            known.append(", ").append(OrderState.name(code));
        }
        throw ApiException.badRequest("state", "state must be one of " + known + ", got '" + text + "'");
    }

    private static int limit(final String text)
    {
        if (text == null)
        {
            return DEFAULT_LIMIT;
        }
        final int limit;
        try
        {
            limit = Integer.parseInt(text.trim());
        }
        catch (final NumberFormatException ex)
        {
            throw ApiException.badRequest("limit", "limit must be an integer 1.." + MAX_LIMIT + ", got '" + text +
                "'");
        }
        if (limit < 1 || limit > MAX_LIMIT)
        {
            throw ApiException.badRequest("limit", "limit must be 1.." + MAX_LIMIT + ", got " + limit);
        }
        return limit;
    }
}
