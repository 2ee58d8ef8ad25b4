package io.tradingcore.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskLimitsTest
{
    private static final long MS = 1_000_000L;

    private static RiskLimits limits(final double orderLots, final double notional, final double position,
        final double total, final int openOrders, final double loss, final int perWindow, final long windowNanos,
        final double collar, final long staleNanos)
    {
        return new RiskLimits(orderLots, notional, position, total, openOrders, loss, perWindow, windowNanos, collar,
            staleNanos);
    }

    @Test
    void defaultsAreTheDocumentedValues()
    {
        final RiskLimits d = RiskLimits.defaults();
        assertThat(d.maxOrderLots()).isEqualTo(10);
        assertThat(d.maxOrderNotional()).isEqualTo(1_000_000);
        assertThat(d.maxPositionLots()).isEqualTo(10);
        assertThat(d.maxTotalLots()).isEqualTo(50);
        assertThat(d.maxOpenOrders()).isEqualTo(20);
        assertThat(d.dailyLossLimit()).isZero();
        assertThat(d.dailyLossEnabled()).isFalse();
        assertThat(d.maxOrdersPerWindow()).isEqualTo(10);
        assertThat(d.rateWindowNanos()).isEqualTo(1_000 * MS);
        assertThat(d.priceCollar()).isEqualTo(0.05);
        assertThat(d.staleDataNanos()).isEqualTo(60_000 * MS);
    }

    @Test
    void validationNamesTheYamlKey()
    {
        assertThatThrownBy(() -> limits(0, 1, 1, 1, 1, 0, 1, MS, 0.1, MS))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("max-order-lots must be > 0, got 0.0");
        assertThatThrownBy(() -> limits(1, -1, 1, 1, 1, 0, 1, MS, 0.1, MS))
            .hasMessage("max-order-notional must be > 0, got -1.0");
        assertThatThrownBy(() -> limits(1, 1, Double.NaN, 1, 1, 0, 1, MS, 0.1, MS))
            .hasMessage("max-position-lots must be > 0, got NaN");
        assertThatThrownBy(() -> limits(1, 1, 1, Double.POSITIVE_INFINITY, 1, 0, 1, MS, 0.1, MS))
            .hasMessageStartingWith("max-total-lots must be > 0");
        assertThatThrownBy(() -> limits(1, 1, 1, 1, 0, 0, 1, MS, 0.1, MS))
            .hasMessage("max-open-orders must be >= 1, got 0");
        assertThatThrownBy(() -> limits(1, 1, 1, 1, 1, -5, 1, MS, 0.1, MS))
            .hasMessageStartingWith("daily-loss-limit must be >= 0");
        assertThatThrownBy(() -> limits(1, 1, 1, 1, 1, 0, 0, MS, 0.1, MS))
            .hasMessageStartingWith("max-orders-per-window must be 1..");
        assertThatThrownBy(() -> limits(1, 1, 1, 1, 1, 0, 1, -MS, 0.1, MS))
            .hasMessage("rate-window-ms must be > 0, got -1");
        assertThatThrownBy(() -> limits(1, 1, 1, 1, 1, 0, 1, MS, 0, MS))
            .hasMessage("price-collar must be in (0, 1], got 0.0");
        assertThatThrownBy(() -> limits(1, 1, 1, 1, 1, 0, 1, MS, 1.5, MS))
            .hasMessageStartingWith("price-collar");
        assertThatThrownBy(() -> limits(1, 1, 1, 1, 1, 0, 1, MS, 0.1, 0))
            .hasMessage("stale-data-ms must be > 0, got 0");
    }

    @Test
    void acceptsValuesAtTheirBounds()
    {
        final RiskLimits l = limits(0.01, 1, 0.01, 0.01, 1, 0, RiskLimits.MAX_ORDERS_PER_WINDOW, 1, 1, 1);
        assertThat(l.priceCollar()).isEqualTo(1);
        assertThat(l.maxOrdersPerWindow()).isEqualTo(RiskLimits.MAX_ORDERS_PER_WINDOW);
    }

    @Test
    void convertsMillisecondsNamingTheKeyOnOverflow()
    {
        assertThat(RiskLimits.millisToNanos("rate-window-ms", 1_500)).isEqualTo(1_500_000_000L);
        assertThatThrownBy(() -> RiskLimits.millisToNanos("stale-data-ms", Long.MAX_VALUE / 1000))
            .hasMessageStartingWith("stale-data-ms");
    }
}
