package io.tradingcore.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradingcore.config.Role;
import io.tradingcore.engine.EventPublisher;
import io.tradingcore.engine.Stage;
import io.tradingcore.event.DecisionRecord;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import io.tradingcore.event.ExecReport;
import io.tradingcore.event.SourceIds;
import io.tradingcore.http.ApiHarness;
import io.tradingcore.order.Instrument;
import io.tradingcore.order.Instruments;
import io.tradingcore.risk.RiskLimits;
import io.tradingcore.risk.RiskReason;
import io.tradingcore.risk.RiskStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataInput;
import java.io.DataOutput;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.tradingcore.http.api.TradingApiAssertions.assertRefused;
import static io.tradingcore.http.api.TradingApiAssertions.await;
import static io.tradingcore.http.api.TradingApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trading routes against a real engine (a decision injector and the real risk stage) and a real server on
 * port 0: one filled EURUSD order (a position) and one open XAUUSD order.
 */
class TradingRoutesTest
{
    private static final long T0 = 1_704_189_600_000_000_000L;
    private static final long SECOND = 1_000_000_000L;
    private static final long MAGIC = 77;
    private static final List<String> SYMBOLS = List.of("EURUSD", "XAUUSD");
    private static final Map<String, String> CONFIG = Map.of("http.port", "8000", "mt5.secret", "s3cr3t",
        "notify.telegram.token", "123:abc", "db.password", "", "broker.api-key", "k-1");
    private static final Map<String, String> ORIGINS = Map.of("http.port", "built-in default",
        "mt5.secret", "environment variable TC_MT5_SECRET");

    @TempDir
    Path dir;

    private ApiHarness api;
    private RiskStage risk;
    private long position;

    @BeforeEach
    void start()
    {
        risk = new RiskStage(RiskLimits.defaults(), new Instruments(Map.of(), Instrument.DEFAULT), MAGIC, 0, false, 8,
            30 * SECOND, true);
        api = ApiHarness.start(dir, List.of(new DecideOnTicks(), risk), (router, h) -> new TradingRoutes(
            risk.views(), id -> id < SYMBOLS.size() ? SYMBOLS.get(id) : null, h.commands(), CONFIG, ORIGINS)
            .register(router));
        final EventPublisher publisher = api.engine().publisher();
        final int eurusd = publisher.symbol("EURUSD", T0);
        final int gold = publisher.symbol("XAUUSD", T0);
        tick(eurusd, T0, 1.1, 0);
        tick(eurusd, T0 + SECOND, 1.1, 0.5);
        await(() -> risk.views().orders().snapshot().open().size() == 1);
        final ExecReport fill = new ExecReport();
        fill.orderId = 1;
        fill.execId = 1;
        fill.brokerOrderId = 9001;
        fill.positionId = 555;
        fill.execType = ExecReport.FILL;
        fill.side = ExecReport.BUY;
        fill.retcode = 10009;
        fill.lastQuantity = 0.5;
        fill.lastPrice = 1.1;
        fill.cumulativeQuantity = 0.5;
        fill.averagePrice = 1.1;
        fill.commission = -1.5;
        assertThat(publisher.tryExecReport(SourceIds.REPLAY_FEED, ++position, eurusd, T0 + 2 * SECOND, fill))
            .isNotEqualTo(EventPublisher.NOT_PUBLISHED);
        tick(gold, T0 + 3 * SECOND, 2000, 0);
        tick(gold, T0 + 4 * SECOND, 2000, 0.2);
        await(() -> risk.views().orders().snapshot().open().size() == 1 &&
            risk.views().orders().snapshot().recent().size() == 1 &&
            risk.views().positions().snapshot().positions().size() == 1);
    }

    @AfterEach
    void stop()
    {
        api.close();
    }

    @Test
    void listsOrdersNewestFirstWithSymbolSideAndState()
    {
        final JsonNode body = ok(api.as("vera", Role.VIEWER).get("/api/v1/orders"));

        assertThat(body.get("orders")).hasSize(2);
        final JsonNode open = body.get("orders").get(0);
        assertThat(open.get("orderId").asLong()).isEqualTo(2);
        assertThat(open.get("symbol").asText()).isEqualTo("XAUUSD");
        assertThat(open.get("side").asText()).isEqualTo("BUY");
        assertThat(open.get("state").asText()).isEqualTo("SENT");
        assertThat(open.get("quantity").asDouble()).isEqualTo(0.2);
        assertThat(open.get("magic").asLong()).isEqualTo(MAGIC);
        assertThat(open.get("createdAtNanos").asLong()).isEqualTo(T0 + 4 * SECOND);
        assertThat(open.get("createdAt").asText()).isEqualTo("2024-01-02T10:00:04Z");
        final JsonNode filled = body.get("orders").get(1);
        assertThat(filled.get("symbol").asText()).isEqualTo("EURUSD");
        assertThat(filled.get("state").asText()).isEqualTo("FILLED");
        assertThat(filled.get("averageFillPrice").asDouble()).isEqualTo(1.1);
        assertThat(body.get("matched").asInt()).isEqualTo(2);
        assertThat(body.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void filtersOrdersByStateSymbolAndLimit()
    {
        final ApiHarness.Client trader = api.as("alice", Role.TRADER);

        assertThat(orderIds(trader.get("/api/v1/orders?state=open"))).containsExactly(2L);
        assertThat(orderIds(trader.get("/api/v1/orders?state=filled"))).containsExactly(1L);
        assertThat(orderIds(trader.get("/api/v1/orders?symbol=EURUSD"))).containsExactly(1L);
        assertThat(orderIds(trader.get("/api/v1/orders?symbol=GBPUSD"))).isEmpty();
        final JsonNode limited = ok(trader.get("/api/v1/orders?limit=1"));
        assertThat(limited.get("orders")).hasSize(1);
        assertThat(limited.get("truncated").asBoolean()).isTrue();
    }

    @Test
    void refusesBadOrderFiltersNamingTheParameter()
    {
        final ApiHarness.Client trader = api.as("alice", Role.TRADER);

        assertRefused(trader.get("/api/v1/orders?state=bogus"), 400, "state");
        assertRefused(trader.get("/api/v1/orders?limit=0"), 400, "limit");
        assertRefused(trader.get("/api/v1/orders?limit=1001"), 400, "limit");
        assertRefused(trader.get("/api/v1/orders?limit=ten"), 400, "limit");
        assertRefused(trader.get("/api/v1/orders?symbol=" + "X".repeat(33)), 400, "symbol");
        assertRefused(trader.get("/api/v1/orders?colour=red"), 400, "colour");
    }

    @Test
    void getsOneOrderAndRefusesUnknownOrMalformedIds()
    {
        final ApiHarness.Client trader = api.as("alice", Role.TRADER);

        assertThat(ok(trader.get("/api/v1/orders/1")).get("state").asText()).isEqualTo("FILLED");
        assertRefused(trader.get("/api/v1/orders/999"), 404, null);
        assertRefused(trader.get("/api/v1/orders/abc"), 400, "orderId");
        assertRefused(trader.get("/api/v1/orders/0"), 400, "orderId");
        assertRefused(trader.get("/api/v1/orders/1/fills"), 404, null);
    }

    @Test
    void showsPositionsWithTicketMagicAndAccountTotals()
    {
        final JsonNode body = ok(api.as("vera", Role.VIEWER).get("/api/v1/positions"));

        final JsonNode row = body.get("positions").get(0);
        assertThat(row.get("symbol").asText()).isEqualTo("EURUSD");
        assertThat(row.get("side").asText()).isEqualTo("BUY");
        assertThat(row.get("volume").asDouble()).isEqualTo(0.5);
        assertThat(row.get("averagePrice").asDouble()).isEqualTo(1.1);
        assertThat(row.get("ticket").asLong()).isEqualTo(555);
        assertThat(row.get("magic").asLong()).isEqualTo(MAGIC);
        assertThat(row.get("commission").asDouble()).isEqualTo(-1.5);
        assertThat(body.get("account").get("hedging").asBoolean()).isFalse();
        assertThat(body.get("account").get("totalPositions").asInt()).isEqualTo(1);
    }

    @Test
    void showsRiskLimitsUsageAndRejections()
    {
        final JsonNode body = ok(api.as("vera", Role.VIEWER).get("/api/v1/risk"));

        assertThat(body.get("limits").get("maxOrderLots").asDouble()).isEqualTo(10);
        assertThat(body.get("limits").get("staleDataMs").asLong()).isEqualTo(60_000);
        assertThat(body.get("usage").get("openOrders").asInt()).isEqualTo(1);
        assertThat(body.get("usage").get("grossLots").asDouble()).isEqualTo(0.5);
        assertThat(body.get("usage").get("accepted").asLong()).isEqualTo(2);
        assertThat(body.get("killSwitch").get("engaged").asBoolean()).isFalse();
        assertThat(body.get("rejections").get("KILL_SWITCH").asLong()).isZero();
        assertThat(body.get("rejections").has("NONE")).isFalse();
    }

    @Test
    void traderEngagesTheKillSwitchOrdersAreRefusedAndOnlyAnAdminReleasesIt()
    {
        final HttpResponse<String> engaged = api.as("alice", Role.TRADER).post("/api/v1/risk/kill-switch",
            "{\"engaged\": true, \"reason\": \"news at 14:30\"}");

        final JsonNode state = ok(engaged);
        assertThat(state.get("engaged").asBoolean()).isTrue();
        assertThat(state.get("reason").asText()).isEqualTo("MANUAL");
        assertThat(state.get("engagedBy").asText()).isEqualTo("alice");
        assertThat(state.get("lastChange").get("reason").asText()).isEqualTo("news at 14:30");
        final JsonNode risk = ok(api.as("vera", Role.VIEWER).get("/api/v1/risk"));
        assertThat(risk.get("killSwitch").get("engaged").asBoolean()).isTrue();
        assertThat(risk.get("killSwitch").get("trips").asLong()).isEqualTo(1);
        assertThat(TradingApiAssertions.journalContains(dir, "news at 14:30")).isTrue();

        tick(0, T0 + 5 * SECOND, 1.1, 0.1);
        await(() -> this.risk.views().risk().snapshot().rejections(RiskReason.KILL_SWITCH) == 1);
        assertRefused(api.as("alice", Role.TRADER).post("/api/v1/risk/kill-switch", "{\"engaged\": false}"), 403,
            null);
        final JsonNode released = ok(api.as("root", Role.ADMIN).post("/api/v1/risk/kill-switch",
            "{\"engaged\": false}"));
        assertThat(released.get("engaged").asBoolean()).isFalse();
        assertThat(released.get("lastChange").get("actor").asText()).isEqualTo("root");
        assertThat(ok(api.as("vera", Role.VIEWER).get("/api/v1/risk")).get("killSwitch").get("engaged")
            .asBoolean()).isFalse();
        assertRefused(api.as("root", Role.ADMIN).post("/api/v1/risk/kill-switch", "{\"engaged\": false}"), 409,
            null);
    }

    @Test
    void refusesBadKillSwitchRequests()
    {
        final ApiHarness.Client trader = api.as("alice", Role.TRADER);

        assertRefused(trader.post("/api/v1/risk/kill-switch", "{}"), 400, "engaged");
        assertRefused(trader.post("/api/v1/risk/kill-switch", "{\"engaged\": \"yes\"}"), 400, "engaged");
        assertRefused(trader.post("/api/v1/risk/kill-switch", "{\"engaged\": true, \"by\": \"x\"}"), 400, "by");
        assertRefused(trader.post("/api/v1/risk/kill-switch", "{\"engaged\": true, \"reason\": \"" +
            "r".repeat(201) + "\"}"), 400, "reason");
        assertRefused(trader.post("/api/v1/risk/kill-switch", "{\"engaged\": tru"), 400, "body");
        assertRefused(trader.send("POST", "/api/v1/risk/kill-switch", "text/plain", "engage"), 415,
            "Content-Type");
        assertThat(trader.get("/api/v1/risk/kill-switch").statusCode()).isEqualTo(405);
        assertRefused(api.as("vera", Role.VIEWER).post("/api/v1/risk/kill-switch", "{\"engaged\": true}"), 403,
            null);
        assertThat(risk.views().risk().snapshot().killSwitchEngaged()).isFalse();
    }

    @Test
    void refusesRequestsWithoutAValidTokenOrWithAnotherRole()
    {
        for (final String path : List.of("/api/v1/orders", "/api/v1/orders/1", "/api/v1/positions", "/api/v1/risk",
            "/api/v1/system/config"))
        {
            assertThat(api.anonymous().get(path).statusCode()).as(path).isEqualTo(401);
            assertThat(api.withAuthorization("Bearer junk").get(path).statusCode()).as(path).isEqualTo(401);
            assertThat(api.as("bot", Role.AGENT).get(path).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(api.anonymous().post("/api/v1/risk/kill-switch", "{\"engaged\": true}").statusCode())
            .isEqualTo(401);
    }

    @Test
    void showsTheSystemConfigurationToAdminsWithSecretsMasked()
    {
        final JsonNode body = ok(api.as("root", Role.ADMIN).get("/api/v1/system/config"));

        final Map<String, JsonNode> byKey = new TreeMap<>();
        body.get("entries").forEach(entry -> byKey.put(entry.get("key").asText(), entry));
        assertThat(byKey.get("mt5.secret").get("value").asText()).isEqualTo("***");
        assertThat(byKey.get("mt5.secret").get("origin").asText()).isEqualTo("environment variable TC_MT5_SECRET");
        assertThat(byKey.get("notify.telegram.token").get("value").asText()).isEqualTo("***");
        assertThat(byKey.get("broker.api-key").get("value").asText()).isEqualTo("***");
        assertThat(byKey.get("db.password").get("value").asText()).isEmpty();
        assertThat(byKey.get("http.port").get("value").asText()).isEqualTo("8000");
        assertThat(body.toString()).doesNotContain("s3cr3t", "123:abc", "k-1");
        final JsonNode http = ok(api.as("root", Role.ADMIN).get("/api/v1/system/config?prefix=http."));
        assertThat(http.get("count").asInt()).isEqualTo(1);
        assertRefused(api.as("root", Role.ADMIN).get("/api/v1/system/config?filter=x"), 400, "filter");
        assertRefused(api.as("alice", Role.TRADER).get("/api/v1/system/config"), 403, null);
    }

    @Test
    void withoutAStrategyTheTradingRoutesAreNotConfigured(@TempDir final Path other)
    {
        try (ApiHarness bare = ApiHarness.start(other, List.of(), (router, h) -> new TradingRoutes(null,
            id -> null, h.commands(), Map.of(), Map.of()).register(router)))
        {
            assertRefused(bare.as("vera", Role.VIEWER).get("/api/v1/orders"), 503, null);
            assertRefused(bare.as("root", Role.ADMIN).post("/api/v1/risk/kill-switch", "{\"engaged\": true}"), 503,
                null);
            assertThat(bare.as("root", Role.ADMIN).get("/api/v1/system/config").statusCode()).isEqualTo(200);
        }
    }

    private void tick(final int symbol, final long time, final double price, final double decideLots)
    {
        assertThat(api.engine().publisher().tryTick(SourceIds.REPLAY_FEED, ++position, symbol, time, price - 0.0001,
            price + 0.0001, price, decideLots)).isNotEqualTo(EventPublisher.NOT_PUBLISHED);
    }

    private static List<Long> orderIds(final HttpResponse<String> response)
    {
        final List<Long> ids = new ArrayList<>();
        ok(response).get("orders").forEach(order -> ids.add(order.get("orderId").asLong()));
        return ids;
    }

    /** A stand-in for the decision stage: a tick with a volume decides BUY that many lots at the tick's price. */
    private static final class DecideOnTicks implements Stage
    {
        @Override
        public String name()
        {
            return "decide-on-ticks";
        }

        @Override
        public void onEvent(final Event event)
        {
            if (event.type == EventType.TICK && event.volume > 0)
            {
                final DecisionRecord record = event.decisions.add();
                record.symbolId = event.symbolId;
                record.direction = 1;
                record.action = DecisionRecord.BUY;
                record.lots = event.volume;
                record.price = event.last;
            }
        }

        @Override
        public void writeSnapshot(final DataOutput out)
        {
        }

        @Override
        public void readSnapshot(final DataInput in)
        {
        }
    }
}
