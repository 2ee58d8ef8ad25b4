package io.tradingcore.http.api;

import io.tradingcore.event.ExecReport;
import io.tradingcore.order.OrderState;
import io.tradingcore.order.OrdersView;
import io.tradingcore.order.PositionsView;
import io.tradingcore.risk.KillSwitch;
import io.tradingcore.risk.RiskLimits;
import io.tradingcore.risk.RiskReason;
import io.tradingcore.risk.RiskView;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Turns the trading views' immutable rows into the JSON objects of {@link TradingRoutes}: camelCase fields, sides
 * and states by name, symbols by name (and id), times as ISO-8601 UTC plus {@code ...Nanos} epoch numbers, and
 * numbers a view does not have yet (NaN) as null. Stateless; any thread (allocates the maps it returns).
 */
final class TradingJson
{
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private TradingJson()
    {
    }

    /** @return one order as JSON. */
    static Map<String, Object> order(final OrdersView.OrderRow row, final IntFunction<String> symbols)
    {
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("orderId", row.orderId());
        json.put("symbol", symbols.apply(row.symbolId()));
        json.put("symbolId", row.symbolId());
        json.put("side", side(row.side()));
        json.put("state", OrderState.name(row.state()));
        json.put("open", !OrderState.isTerminal(row.state()));
        json.put("quantity", row.quantity());
        json.put("filledQuantity", row.filledQuantity());
        json.put("price", number(row.price()));
        json.put("averageFillPrice", number(row.averageFillPrice()));
        json.put("stopLoss", number(row.stopLoss()));
        json.put("takeProfit", number(row.takeProfit()));
        json.put("commission", number(row.commission()));
        json.put("magic", row.magic());
        json.put("positionTicket", row.positionTicket());
        json.put("brokerOrderId", row.brokerOrderId());
        json.put("brokerPositionId", row.brokerPositionId());
        json.put("causeSequence", row.causeSequence());
        json.put("lastRetcode", row.lastRetcode());
        time(json, "created", row.createdNanos());
        time(json, "updated", row.updatedNanos());
        return json;
    }

    /** @return one position as JSON. */
    static Map<String, Object> position(final PositionsView.PositionRow row, final IntFunction<String> symbols)
    {
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("symbol", symbols.apply(row.symbolId()));
        json.put("symbolId", row.symbolId());
        json.put("ticket", row.ticket());
        json.put("magic", row.magic());
        json.put("side", side(row.side()));
        json.put("volume", Math.abs(row.lots()));
        json.put("lots", row.lots());
        json.put("averagePrice", number(row.averagePrice()));
        json.put("unrealisedPnl", number(row.unrealisedPnl()));
        json.put("commission", number(row.commission()));
        json.put("swap", number(row.swap()));
        time(json, "opened", row.openedNanos());
        time(json, "updated", row.updatedNanos());
        return json;
    }

    /** @return the account totals of a positions snapshot, with the day's net PnL the risk checks last used. */
    static Map<String, Object> account(final PositionsView.Snapshot positions, final RiskView.Snapshot risk)
    {
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("hedging", positions.hedging());
        json.put("realisedPnl", number(positions.realisedPnl()));
        json.put("unrealisedPnl", number(positions.unrealisedPnl()));
        json.put("commission", number(positions.commission()));
        json.put("swap", number(positions.swap()));
        json.put("dailyNetPnl", number(risk.dailyNetPnl()));
        json.put("totalPositions", positions.totalPositions());
        json.put("shownPositions", positions.positions().size());
        return json;
    }

    /** @return the limits of the risk checks, null before the view has any. */
    static Map<String, Object> limits(final RiskLimits limits)
    {
        if (limits == null)
        {
            return null;
        }
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("maxOrderLots", limits.maxOrderLots());
        json.put("maxOrderNotional", limits.maxOrderNotional());
        json.put("maxPositionLots", limits.maxPositionLots());
        json.put("maxTotalLots", limits.maxTotalLots());
        json.put("maxOpenOrders", limits.maxOpenOrders());
        json.put("dailyLossLimit", limits.dailyLossLimit());
        json.put("dailyLossEnabled", limits.dailyLossEnabled());
        json.put("maxOrdersPerWindow", limits.maxOrdersPerWindow());
        json.put("rateWindowMs", limits.rateWindowNanos() / NANOS_PER_MILLI);
        json.put("priceCollar", limits.priceCollar());
        json.put("staleDataMs", limits.staleDataNanos() / NANOS_PER_MILLI);
        return json;
    }

    /** @return rejected orders by {@link RiskReason} name (every reason but NONE, zeros included). */
    static Map<String, Object> rejections(final RiskView.Snapshot risk)
    {
        final Map<String, Object> json = new LinkedHashMap<>();
        for (int reason = RiskReason.NONE + 1; reason < RiskReason.COUNT; reason++)
        {
            json.put(RiskReason.name(reason), risk.rejections(reason));
        }
        return json;
    }

    /**
     * @param risk the risk state.
     * @param last the last kill-switch change made through this server, or null.
     * @return the kill switch: engaged, why (MANUAL or DAILY_LOSS), by whom when known, since when, trips.
     */
    static Map<String, Object> killSwitch(final RiskView.Snapshot risk, final TradingKillSwitchChange last)
    {
        final Map<String, Object> json = new LinkedHashMap<>();
        final boolean engaged = risk.killSwitchEngaged();
        json.put("engaged", engaged);
        json.put("reason", KillSwitch.reasonName(risk.killSwitchReason()));
        json.put("engagedBy", engagedBy(risk, last));
        time(json, "since", risk.killSwitchSinceNanos() == KillSwitch.NEVER ? Long.MIN_VALUE :
            risk.killSwitchSinceNanos());
        json.put("trips", risk.killSwitchTrips());
        json.put("lastChange", last == null ? null : last.json());
        return json;
    }

    private static String engagedBy(final RiskView.Snapshot risk, final TradingKillSwitchChange last)
    {
        if (!risk.killSwitchEngaged())
        {
            return null;
        }
        if (risk.killSwitchReason() == KillSwitch.DAILY_LOSS)
        {
            return "risk";
        }
        return last != null && last.engaged() ? last.actor() : null;
    }

    /** Puts {@code <name>At} (ISO-8601 UTC) and {@code <name>AtNanos}, both null for {@code Long.MIN_VALUE}. */
    static void time(final Map<String, Object> json, final String name, final long epochNanos)
    {
        final boolean known = epochNanos != Long.MIN_VALUE;
        json.put(name + "At", known ? iso(epochNanos) : null);
        json.put(name + "AtNanos", known ? epochNanos : null);
    }

    /** @return {@code epochNanos} as an ISO-8601 UTC instant with nanoseconds. */
    static String iso(final long epochNanos)
    {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L),
            Math.floorMod(epochNanos, 1_000_000_000L)).toString();
    }

    /** @return "BUY" or "SELL" for an {@link ExecReport} side. */
    static String side(final byte side)
    {
        return side == ExecReport.BUY ? "BUY" : side == ExecReport.SELL ? "SELL" : "UNKNOWN(" + side + ")";
    }

    /** @return the value, or null when it is NaN or infinite (JSON has neither). */
    static Double number(final double value)
    {
        return Double.isFinite(value) ? value : null;
    }
}
