package io.tradingcore.http.api;

import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.http.ApiException;
import io.tradingcore.http.Access;
import io.tradingcore.http.Commands;
import io.tradingcore.http.Json;
import io.tradingcore.http.Request;
import io.tradingcore.http.Response;
import io.tradingcore.http.Router;
import io.tradingcore.http.Service;
import io.tradingcore.http.auth.Principal;
import io.tradingcore.order.OrdersView;
import io.tradingcore.order.PositionsView;
import io.tradingcore.risk.RiskView;
import io.tradingcore.risk.TradingViews;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * Trading operations of the gateway ({@link Service#GATEWAY}), read from the views the risk stage publishes and
 * changed only through journaled commands:
 * <ul>
 *   <li>{@code GET /api/v1/orders} (admin, trader, viewer; event loop): open and recently ended orders, newest
 *       first; {@code ?state=all|open|<STATE>&symbol=&limit=} ({@link TradingOrderFilter}).</li>
 *   <li>{@code GET /api/v1/orders/:orderId} (readers; event loop): one order; 400 not a positive integer, 404 not
 *       open and not among the last ended orders the view keeps.</li>
 *   <li>{@code GET /api/v1/positions} (readers; event loop): positions (side, volume, average price, unrealised
 *       PnL, commission, swap, magic, ticket) and account totals (realised and unrealised PnL, day's net PnL).</li>
 *   <li>{@code GET /api/v1/risk} (readers; event loop): limits, usage, kill switch, rejections by reason.</li>
 *   <li>{@code POST /api/v1/risk/kill-switch} (admin and trader may engage, only admin may release; blocking):
 *       {@code {"engaged": bool, "reason"?: text}} → KILL_SWITCH_ENGAGE / KILL_SWITCH_RELEASE with the reason as
 *       UTF-8 payload (the logic ignores it; the journal keeps it with the actor) → 200 with the new kill-switch
 *       state; releasing a released switch is 409.</li>
 *   <li>{@code GET /api/v1/system/config} (admin; event loop): the daemon's effective configuration, secrets
 *       masked, {@code ?prefix=} ({@link TradingSystemConfig}).</li>
 * </ul>
 * Without a strategy the daemon has no risk stage: the trading routes then answer 503 {@code not_configured}.
 * Handlers run on Netty event loops (reads) and the blocking executor (the kill switch); the only state kept here
 * is the last kill-switch change, in an atomic reference. Thread-safe.
 */
public final class TradingRoutes
{
    private final TradingViews views;
    private final IntFunction<String> symbolNames;
    private final Commands commands;
    private final TradingSystemConfig systemConfig;
    private final Clock clock;
    private final AtomicReference<TradingKillSwitchChange> lastChange = new AtomicReference<>();

    /**
     * @param views        the risk stage's views ({@code RiskStage#views()}), or null when no strategy runs.
     * @param symbolNames  symbol name by id, safe to call from any thread while the engine runs (null or a
     *                     placeholder for an id it does not know).
     * @param commands     the command gateway.
     * @param configValues the daemon's effective configuration, key to value (secrets included: masked here).
     * @param configOrigins key to where its value came from.
     */
    public TradingRoutes(final TradingViews views, final IntFunction<String> symbolNames, final Commands commands,
        final Map<String, String> configValues, final Map<String, String> configOrigins)
    {
        this(views, symbolNames, commands, configValues, configOrigins, Clock.systemUTC());
    }

    TradingRoutes(final TradingViews views, final IntFunction<String> symbolNames, final Commands commands,
        final Map<String, String> configValues, final Map<String, String> configOrigins, final Clock clock)
    {
        this.views = views;
        this.symbolNames = id -> id < 0 ? null : symbolNames.apply(id);
        this.commands = commands;
        this.systemConfig = new TradingSystemConfig(configValues, configOrigins);
        this.clock = clock;
    }

    /** Registers the six routes on {@code router}; returns it. Set-up thread. */
    public Router register(final Router router)
    {
        final Router.Dispatch loop = Router.Dispatch.EVENT_LOOP;
        return router
            .add("GET", "/api/v1/orders", loop, Access.READERS, Service.GATEWAY, this::orders)
            .add("GET", "/api/v1/orders/:orderId", loop, Access.READERS, Service.GATEWAY, this::order)
            .add("GET", "/api/v1/positions", loop, Access.READERS, Service.GATEWAY, this::positions)
            .add("GET", "/api/v1/risk", loop, Access.READERS, Service.GATEWAY, this::risk)
            .add("POST", "/api/v1/risk/kill-switch", Router.Dispatch.BLOCKING, Access.WRITERS, Service.GATEWAY,
                this::killSwitch)
            .add("GET", "/api/v1/system/config", loop, Access.ADMIN, Service.GATEWAY,
                request -> Response.json(200, systemConfig.json(request.query())).completed());
    }

    private CompletableFuture<Response> orders(final Request request)
    {
        final TradingOrderFilter filter = TradingOrderFilter.parse(request.query());
        final OrdersView.Snapshot snapshot = views().orders().snapshot();
        final List<OrdersView.OrderRow> rows = new ArrayList<>(snapshot.open());
        if (!filter.openOnly())
        {
            rows.addAll(snapshot.recent());
        }
        rows.sort(Comparator.comparingLong(OrdersView.OrderRow::orderId).reversed());
        final List<Map<String, Object>> shown = new ArrayList<>();
        int matched = 0;
        for (final OrdersView.OrderRow row : rows)
        {
            final String symbol = symbolNames.apply(row.symbolId());
            if (filter.accepts(row, symbol))
            {
                matched++;
                if (shown.size() < filter.limit())
                {
                    shown.add(TradingJson.order(row, symbolNames));
                }
            }
        }
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("orders", shown);
        body.put("matched", matched);
        body.put("truncated", matched > shown.size());
        body.put("openOrders", snapshot.open().size());
        return Response.json(200, body).completed();
    }

    private CompletableFuture<Response> order(final Request request)
    {
        final long orderId = orderId(request.param("orderId"));
        final OrdersView.Snapshot snapshot = views().orders().snapshot();
        for (final List<OrdersView.OrderRow> list : List.of(snapshot.open(), snapshot.recent()))
        {
            for (final OrdersView.OrderRow row : list)
            {
                if (row.orderId() == orderId)
                {
                    return Response.json(200, TradingJson.order(row, symbolNames)).completed();
                }
            }
        }
        throw ApiException.notFound("order " + orderId + " is neither open nor among the last " +
            OrdersView.HISTORY + " ended orders");
    }

    private static long orderId(final String text)
    {
        try
        {
            final long id = Long.parseLong(text);
            if (id > 0)
            {
                return id;
            }
        }
        catch (final NumberFormatException ex)
        {
            // answered below
        }
        throw ApiException.badRequest("orderId", "orderId must be a positive integer, got '" + text + "'");
    }

    private CompletableFuture<Response> positions(final Request request)
    {
        final PositionsView.Snapshot snapshot = views().positions().snapshot();
        final List<Map<String, Object>> rows = new ArrayList<>();
        for (final PositionsView.PositionRow row : snapshot.positions())
        {
            rows.add(TradingJson.position(row, symbolNames));
        }
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("positions", rows);
        body.put("account", TradingJson.account(snapshot, views.risk().snapshot()));
        return Response.json(200, body).completed();
    }

    private CompletableFuture<Response> risk(final Request request)
    {
        return Response.json(200, riskJson(views().risk().snapshot())).completed();
    }

    private Map<String, Object> riskJson(final RiskView.Snapshot risk)
    {
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("limits", TradingJson.limits(risk.limits()));
        body.put("usage", usage(risk));
        body.put("killSwitch", TradingJson.killSwitch(risk, lastChange.get()));
        body.put("rejections", TradingJson.rejections(risk));
        TradingJson.time(body, "published", risk.timeNanos());
        return body;
    }

    private Map<String, Object> usage(final RiskView.Snapshot risk)
    {
        final Map<Integer, Double> netBySymbol = new LinkedHashMap<>();
        for (final PositionsView.PositionRow row : views.positions().snapshot().positions())
        {
            netBySymbol.merge(row.symbolId(), row.lots(), Double::sum);
        }
        double gross = 0;
        double largest = 0;
        for (final double net : netBySymbol.values())
        {
            gross += Math.abs(net);
            largest = Math.max(largest, Math.abs(net));
        }
        long rejected = 0;
        for (final long count : risk.rejections())
        {
            rejected += count;
        }
        final Map<String, Object> usage = new LinkedHashMap<>();
        usage.put("openOrders", views.orders().snapshot().open().size());
        usage.put("grossLots", gross);
        usage.put("largestSymbolLots", largest);
        usage.put("dailyNetPnl", TradingJson.number(risk.dailyNetPnl()));
        usage.put("checks", risk.checks());
        usage.put("accepted", risk.accepted());
        usage.put("rejected", rejected);
        return usage;
    }

    private CompletableFuture<Response> killSwitch(final Request request)
    {
        final TradingViews trading = views();
        final TradingKillSwitchRequest body = Json.read(request, TradingKillSwitchRequest.class);
        final Principal who = request.requirePrincipal();
        final boolean engage = body.engaged();
        if (!engage && !who.isAdmin())
        {
            throw ApiException.forbidden("only an admin may release the kill switch");
        }
        final byte[] reason = body.reason() == null ? new byte[0] : body.reason().getBytes(StandardCharsets.UTF_8);
        final long tripsBefore = trading.risk().snapshot().killSwitchTrips();
        final int result = commands.submit(who, engage ? CommandType.KILL_SWITCH_ENGAGE :
            CommandType.KILL_SWITCH_RELEASE, buffer ->
        {
            buffer.putBytes(0, reason);
            return reason.length;
        });
        if (!engage && result == CommandResult.NOT_FOUND)
        {
            throw ApiException.conflict("the kill switch is not engaged");
        }
        Commands.check(result, "the kill switch");
        final RiskView.Snapshot after = trading.risk().snapshot();
        if (!engage || after.killSwitchTrips() > tripsBefore)
        {
            final Instant now = clock.instant();
            lastChange.set(new TradingKillSwitchChange(who.userId(), engage, body.reason(),
                now.getEpochSecond() * 1_000_000_000L + now.getNano()));
        }
        return Response.json(200, TradingJson.killSwitch(after, lastChange.get())).completed();
    }

    private TradingViews views()
    {
        if (views == null)
        {
            throw new ApiException(503, "not_configured", "no strategy is configured, so the daemon runs no " +
                "risk stage: there are no orders, positions or risk state", null);
        }
        return views;
    }
}
