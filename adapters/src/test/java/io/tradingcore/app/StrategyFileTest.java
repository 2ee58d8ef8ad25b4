package io.tradingcore.app;

import io.tradingcore.agent.ConsensusMethod;
import io.tradingcore.decision.Sizing;
import io.tradingcore.market.Timeframe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrategyFileTest
{
    @TempDir
    Path dir;

    @Test
    void bundledStrategyIsTheDaemonsDefault()
    {
        final StrategyConfig strategy = StrategyFile.load("");

        assertThat(strategy.name()).isEqualTo("demo");
        assertThat(strategy.magic()).isEqualTo(6001);
        assertThat(strategy.agents().symbols()).containsExactly("BTCUSD");
        assertThat(strategy.agents().timeframes()).containsExactly(Timeframe.M5);
        assertThat(strategy.agents().agents()).extracting(a -> a.kind())
            .containsExactly("trend", "mean-reversion", "breakout", "pattern");
        assertThat(strategy.decision().sizing().method()).isEqualTo(Sizing.Method.FIXED);
        assertThat(strategy.decision().sizing().lots()).isEqualTo(0.1);
        assertThat(strategy.risk().maxOpenOrders()).isEqualTo(20);
        assertThat(strategy.instruments().configured()).containsKey("BTCUSD");
        assertThat(DaemonConfig.load(null, Map.of(), Map.of()).strategy()).isEqualTo(strategy);
        assertThat(strategy.stages(PatternsConfig.catalog(), true)).extracting(s -> s.name())
            .containsExactly("agents", "decision", "risk");
    }

    @Test
    void noneMeansNoTradingStages()
    {
        assertThat(StrategyFile.load("none")).isNull();
        assertThat(DaemonConfig.load(null, Map.of("TC_STRATEGY_FILE", "none"), Map.of()).strategy()).isNull();
        assertThat(Daemon.logicStages(DaemonConfig.load(null, Map.of("TC_STRATEGY_FILE", "none"), Map.of())))
            .extracting(s -> s.name())
            .containsExactly("config", "market", "features", "patterns");
    }

    @Test
    void aFileChoosesAgentsConsensusSizingAndLimits() throws IOException
    {
        final StrategyConfig strategy = load("""
            name: swing
            magic: 42
            symbols: [EURUSD, BTCUSD]
            timeframes: [M1, H1]
            account: {login: 1234, equity: 5000, hedging: true}
            instruments: {EURUSD: {contract-size: 100000}}
            agents:
              - {name: fast-trend, kind: trend, weight: 2, fast: 5, slow: 20}
            consensus: {method: bayesian}
            learning: {horizon-bars: 5, decay: 0.99}
            decision:
              min-score: 0.1
              sizing: {method: volatility-target, risk-fraction: 0.02, atr-multiple: 1.5}
            risk: {max-open-orders: 3, rate-window-ms: 500, daily-loss-limit: 250}
            """);

        assertThat(strategy.magic()).isEqualTo(42);
        assertThat(strategy.login()).isEqualTo(1234);
        assertThat(strategy.equity()).isEqualTo(5000);
        assertThat(strategy.hedging()).isTrue();
        assertThat(strategy.agents().timeframes()).containsExactly(Timeframe.M1, Timeframe.H1);
        assertThat(strategy.agents().agents()).singleElement().satisfies(a ->
        {
            assertThat(a.name()).isEqualTo("fast-trend");
            assertThat(a.weight()).isEqualTo(2.0);
            assertThat(a.params()).containsEntry("fast", "5").containsEntry("slow", "20");
        });
        assertThat(strategy.agents().consensus().method()).isEqualTo(ConsensusMethod.BAYESIAN);
        assertThat(strategy.agents().learning().horizonBars()).isEqualTo(5);
        assertThat(strategy.agents().learning().decay()).isEqualTo(0.99);
        assertThat(strategy.decision().minScore()).isEqualTo(0.1);
        assertThat(strategy.decision().sizing().method()).isEqualTo(Sizing.Method.VOLATILITY_TARGET);
        assertThat(strategy.risk().maxOpenOrders()).isEqualTo(3);
        assertThat(strategy.risk().rateWindowNanos()).isEqualTo(500_000_000L);
        assertThat(strategy.risk().dailyLossLimit()).isEqualTo(250);
        assertThat(strategy.instruments().configured().get("EURUSD").contractSize()).isEqualTo(100_000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown top-level key | risky: 1 | unknown key 'risky'",
        "unknown nested key | 'risk: {max-open-order: 3}' | unknown key 'risk.max-open-order'",
        "not a number | 'risk: {price-collar: wide}' | risk.price-collar: 'wide' is not a number",
        "limit out of range | 'risk: {price-collar: 2}' | risk: price-collar must be in (0, 1]",
        "sizing method | 'decision: {sizing: {method: martingale}}' | decision.sizing: method must be",
        "sizing value | 'decision: {sizing: {method: fixed, lots: -1}}' | decision.sizing: lots",
        "decision threshold | 'decision: {min-score: 3}' | decision: min-score",
        "timeframe | 'timeframes: [M7]' | timeframes:",
        "instrument | 'instruments: {X: {volume-step: 0}}' | instruments.X: volume-step must be a positive number",
        "account equity | 'account: {equity: -5}' | account.equity must be a positive number",
        "consensus method | 'consensus: {method: vote}' | consensus",
        "agent kind | 'agents: [{name: a, kind: astrology}]' | agents[0]",
        "agent parameter | 'agents: [{name: a, kind: trend, fast: 50, slow: 20}]' | agents[0]",
        "magic | 'magic: 0' | magic must be > 0",
    })
    void everyBadValueIsRefusedNamingTheFileAndTheKey(final String what, final String yaml, final String message)
        throws IOException
    {
        final Path file = dir.resolve("bad.yaml");
        Files.writeString(file, yaml + "\n");

        assertThatThrownBy(() -> StrategyFile.load(file.toString()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("strategy file " + file + ": ")
            .hasMessageContaining(message);
    }

    @Test
    void aMissingFileSaysWhichFile()
    {
        assertThatThrownBy(() -> StrategyFile.load(dir.resolve("nope.yaml").toString()))
            .hasMessageContaining("nope.yaml cannot be read");
    }

    private StrategyConfig load(final String yaml) throws IOException
    {
        final Path file = dir.resolve("strategy.yaml");
        Files.writeString(file, yaml);
        return StrategyFile.load(file.toString());
    }
}
