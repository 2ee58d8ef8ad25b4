package io.tradingcore.http;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.tradingcore.mt5.BridgeCounters;
import io.tradingcore.risk.KillSwitch;
import io.tradingcore.risk.PreTradeRisk;
import io.tradingcore.risk.RiskLimits;
import io.tradingcore.risk.RiskReason;
import io.tradingcore.risk.RiskView;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The trading metrics at the collector level, over counters and views filled by hand. */
final class TradingMetricsTest
{
    private final PrometheusRegistry registry = new PrometheusRegistry();

    private String scrape() throws IOException
    {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(out, registry.scrape());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void bridgeTotalsAndEachLiveSessionsCountersByLogin() throws IOException
    {
        final BridgeCounters totals = new BridgeCounters();
        totals.sessionsActive.set(2);
        totals.ticksPublished.set(30);
        final BridgeCounters first = new BridgeCounters();
        first.ticksPublished.set(10);
        final BridgeCounters second = new BridgeCounters();
        second.ticksPublished.set(20);
        second.framesIn.set(25);
        final List<TradingMetrics.SessionCounters> live = new ArrayList<>(List.of(
            new TradingMetrics.SessionCounters(1001, first), new TradingMetrics.SessionCounters(-1L, second)));
        new TradingMetrics(registry).bridge(totals, () -> live);

        final String withTwo = scrape();
        live.remove(1);
        final String withOne = scrape();

        // login -1 is the unsigned login 2^64 - 1 = 18446744073709551615
        assertThat(withTwo)
            .contains("# TYPE tradingcore_bridge_sessions_active gauge\ntradingcore_bridge_sessions_active 2.0\n")
            .contains("tradingcore_bridge_ticks_published_total 30.0\n")
            .contains("tradingcore_bridge_session_ticks_published_total{login=\"1001\"} 10.0\n")
            .contains("tradingcore_bridge_session_ticks_published_total{login=\"18446744073709551615\"} 20.0\n")
            .contains("tradingcore_bridge_session_frames_in_total{login=\"18446744073709551615\"} 25.0\n")
            .doesNotContain("tradingcore_bridge_session_connections")
            .doesNotContain("tradingcore_bridge_session_sessions_active");
        assertThat(withOne).doesNotContain("18446744073709551615");
        for (final java.lang.reflect.Field field : TradingMetrics.atomicFields(BridgeCounters.class))
        {
            assertThat(withTwo).contains("tradingcore_bridge_" + TradingMetrics.snake(field.getName()));
        }
    }

    @Test
    void riskRejectionsByReasonFromThePublishedView() throws IOException
    {
        final PreTradeRisk risk = new PreTradeRisk(RiskLimits.defaults());
        risk.killSwitch().engage(KillSwitch.MANUAL, 1);
        final int first = risk.check(2, (byte)1, 1, 100, 1, 100, 2, 0, 0, 0, 0, 0);
        risk.killSwitch().release(3);
        final int second = risk.check(4, (byte)1, 0, 100, 1, 100, 4, 0, 0, 0, 0, 0);
        final RiskView view = new RiskView(RiskLimits.defaults());
        view.publish(risk, 0, 4);
        new TradingMetrics(registry).risk(view);

        final String text = scrape();

        assertThat(first).isEqualTo(RiskReason.KILL_SWITCH);
        assertThat(second).isEqualTo(RiskReason.INVALID_ORDER);
        // two checks, both rejected: one per reason, none accepted
        assertThat(text)
            .contains("tradingcore_risk_rejections_total{reason=\"KILL_SWITCH\"} 1.0\n")
            .contains("tradingcore_risk_rejections_total{reason=\"INVALID_ORDER\"} 1.0\n")
            .contains("tradingcore_risk_rejections_total{reason=\"RATE_LIMIT\"} 0.0\n")
            .doesNotContain("reason=\"NONE\"")
            .contains("tradingcore_risk_checks_total 2.0\n")
            .contains("tradingcore_risk_accepted_total 0.0\n")
            .contains("tradingcore_risk_kill_switch_engaged 0.0\n");
    }

    @Test
    void routerTotals() throws IOException
    {
        new TradingMetrics(registry).router(() -> 5, () -> 2);

        assertThat(scrape()).contains("tradingcore_router_orders_sent_total 5.0\n")
            .contains("tradingcore_router_orders_refused_total 2.0\n");
    }

    @Test
    void snakeCaseOfFieldNames()
    {
        assertThat(TradingMetrics.snake("journalBytesWritten")).isEqualTo("journal_bytes_written");
        assertThat(TradingMetrics.snake("published")).isEqualTo("published");
    }
}
