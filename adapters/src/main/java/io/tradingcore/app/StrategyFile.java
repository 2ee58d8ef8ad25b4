package io.tradingcore.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tradingcore.agent.AgentSpec;
import io.tradingcore.agent.AgentsConfig;
import io.tradingcore.agent.ConsensusConfig;
import io.tradingcore.agent.ConsensusMethod;
import io.tradingcore.agent.ExternalConfig;
import io.tradingcore.agent.LearningConfig;
import io.tradingcore.decision.DecisionConfig;
import io.tradingcore.decision.Sizing;
import io.tradingcore.market.Timeframe;
import io.tradingcore.order.Instrument;
import io.tradingcore.order.Instruments;
import io.tradingcore.risk.RiskLimits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a strategy file ({@code strategy.file}; docs/strategy.md): agents with their parameters, consensus,
 * learning, decision thresholds and sizing, risk limits, instruments, symbols and timeframes. Every key is
 * checked (unknown keys too) and every error names the file and the full key. The same file drives the daemon
 * and replays. Start-up thread only.
 */
final class StrategyFile
{
    /** {@code strategy.file} value meaning "no strategy: market data, features and patterns only". */
    static final String NONE = "none";
    private static final String BUNDLED = "/strategy.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private StrategyFile()
    {
    }

    /**
     * @param setting empty for the bundled strategy, {@code none}, or a path.
     * @return the strategy, or null for {@code none}.
     * @throws IllegalArgumentException naming the file and the key.
     */
    static StrategyConfig load(final String setting)
    {
        final String value = setting.trim();
        if (value.equalsIgnoreCase(NONE))
        {
            return null;
        }
        final String origin = value.isEmpty() ? "bundled strategy " + BUNDLED : "strategy file " + value;
        final JsonNode root;
        try (InputStream in = value.isEmpty() ? StrategyFile.class.getResourceAsStream(BUNDLED) :
            Files.newInputStream(Path.of(value)))
        {
            if (in == null)
            {
                throw new IllegalArgumentException(origin + " is missing from the jar");
            }
            root = YAML.readTree(in);
        }
        catch (final IOException ex)
        {
            throw new IllegalArgumentException(origin + " cannot be read: " + ex.getMessage(), ex);
        }
        try
        {
            return parse(new YamlSection("", root));
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException(origin + ": " + ex.getMessage(), ex);
        }
    }

    static StrategyConfig parse(final YamlSection root)
    {
        final String name = root.string("name", "strategy");
        final long magic = root.whole("magic", 6001);
        final List<String> symbols = root.strings("symbols", List.of());
        final List<Timeframe> timeframes = timeframes(root);
        final YamlSection account = root.section("account");
        final long login = account.whole("login", 0);
        final double equity = account.decimal("equity", 100_000);
        final boolean hedging = account.bool("hedging", false);
        final int deviation = (int)account.whole("deviation-points", 20);
        account.done();
        final Instruments instruments = instruments(root);
        final AgentsConfig agents = agents(root, symbols, timeframes);
        final DecisionConfig decision = decision(root.section("decision"));
        final RiskLimits risk = risk(root.section("risk"));
        final YamlSection orders = root.section("orders");
        final int capacity = (int)orders.whole("capacity", 1024);
        final long ackTimeout = millis(orders, "ack-timeout-ms", 30_000 * NANOS_PER_MILLI);
        orders.done();
        root.done();
        try
        {
            return new StrategyConfig(name, magic, login, equity, hedging, deviation, capacity, ackTimeout,
                instruments, agents, decision, risk);
        }
        catch (final IllegalArgumentException ex)
        {
            throw root.wrap(ex);
        }
    }

    private static List<Timeframe> timeframes(final YamlSection root)
    {
        final List<Timeframe> out = new ArrayList<>();
        for (final String text : root.strings("timeframes", List.of("M5")))
        {
            try
            {
                out.add(Timeframe.parse(text));
            }
            catch (final IllegalArgumentException ex)
            {
                throw new IllegalArgumentException("timeframes: " + ex.getMessage(), ex);
            }
        }
        return out;
    }

    private static Instruments instruments(final YamlSection root)
    {
        final Map<String, Instrument> bySymbol = new LinkedHashMap<>();
        for (final Map.Entry<String, YamlSection> entry : root.mapping("instruments").entrySet())
        {
            final YamlSection s = entry.getValue();
            final Instrument fallback = Instrument.DEFAULT;
            try
            {
                bySymbol.put(entry.getKey(), new Instrument(s.decimal("contract-size", fallback.contractSize()),
                    s.decimal("volume-min", fallback.volumeMin()), s.decimal("volume-step", fallback.volumeStep()),
                    s.decimal("volume-max", fallback.volumeMax())));
            }
            catch (final IllegalArgumentException ex)
            {
                throw s.wrap(ex);
            }
            s.done();
        }
        return new Instruments(bySymbol, Instrument.DEFAULT);
    }

    private static AgentsConfig agents(final YamlSection root, final List<String> symbols,
        final List<Timeframe> timeframes)
    {
        final List<AgentSpec> specs = new ArrayList<>();
        for (final YamlSection s : root.sections("agents"))
        {
            final String name = s.string("name", null);
            final String kind = s.string("kind", null);
            final double weight = s.decimal("weight", 1.0);
            try
            {
                specs.add(new AgentSpec(name, kind, weight, s.rest()));
            }
            catch (final IllegalArgumentException ex)
            {
                throw s.wrap(ex);
            }
        }
        final YamlSection consensus = root.section("consensus");
        final YamlSection learning = root.section("learning");
        final YamlSection external = root.section("external");
        final LearningConfig learningDefaults = LearningConfig.defaults();
        final ExternalConfig externalDefaults = ExternalConfig.defaults();
        try
        {
            final ConsensusConfig consensusConfig = new ConsensusConfig(ConsensusMethod.parse(
                consensus.string("method", "weighted")));
            consensus.done();
            final LearningConfig learningConfig = new LearningConfig(
                (int)learning.whole("horizon-bars", learningDefaults.horizonBars()),
                learning.decimal("prior-hits", learningDefaults.priorHits()),
                learning.decimal("prior-misses", learningDefaults.priorMisses()),
                learning.decimal("decay", learningDefaults.decay()));
            learning.done();
            final ExternalConfig externalConfig = new ExternalConfig(
                millis(external, "stale-after-ms", externalDefaults.staleAfterNanos()),
                millis(external, "signal-ttl-ms", externalDefaults.signalTtlNanos()),
                (int)external.whole("max-agents", externalDefaults.maxAgents()));
            external.done();
            return new AgentsConfig(symbols, timeframes, specs, consensusConfig, learningConfig, externalConfig);
        }
        catch (final IllegalArgumentException ex)
        {
            throw root.wrap(ex);
        }
    }

    private static DecisionConfig decision(final YamlSection s)
    {
        final DecisionConfig d = DecisionConfig.defaults();
        final YamlSection sizing = s.section("sizing");
        final Sizing sizingConfig;
        try
        {
            sizingConfig = new Sizing(Sizing.Method.parse(sizing.string("method", d.sizing().method().key())),
                sizing.decimal("lots", d.sizing().lots()), sizing.decimal("fraction", d.sizing().fraction()),
                sizing.decimal("risk-fraction", d.sizing().riskFraction()),
                sizing.decimal("atr-multiple", d.sizing().atrMultiple()));
        }
        catch (final IllegalArgumentException ex)
        {
            throw sizing.wrap(ex);
        }
        sizing.done();
        try
        {
            final DecisionConfig config = new DecisionConfig(s.decimal("min-score", d.minScore()),
                s.decimal("min-confidence", d.minConfidence()), s.decimal("min-agreement", d.minAgreement()),
                sizingConfig, s.decimal("stop-loss-atr", d.stopLossAtr()),
                s.decimal("take-profit-atr", d.takeProfitAtr()), (int)s.whole("atr-period", d.atrPeriod()));
            s.done();
            return config;
        }
        catch (final IllegalArgumentException ex)
        {
            throw s.wrap(ex);
        }
    }

    private static RiskLimits risk(final YamlSection s)
    {
        final RiskLimits d = RiskLimits.defaults();
        try
        {
            final RiskLimits limits = new RiskLimits(s.decimal("max-order-lots", d.maxOrderLots()),
                s.decimal("max-order-notional", d.maxOrderNotional()),
                s.decimal("max-position-lots", d.maxPositionLots()), s.decimal("max-total-lots", d.maxTotalLots()),
                (int)s.whole("max-open-orders", d.maxOpenOrders()), s.decimal("daily-loss-limit", d.dailyLossLimit()),
                (int)s.whole("max-orders-per-window", d.maxOrdersPerWindow()),
                millis(s, "rate-window-ms", d.rateWindowNanos()), s.decimal("price-collar", d.priceCollar()),
                millis(s, "stale-data-ms", d.staleDataNanos()));
            s.done();
            return limits;
        }
        catch (final IllegalArgumentException ex)
        {
            throw s.wrap(ex);
        }
    }

    private static long millis(final YamlSection s, final String key, final long fallbackNanos)
    {
        final long millis = s.whole(key, fallbackNanos / NANOS_PER_MILLI);
        try
        {
            return RiskLimits.millisToNanos(key, millis);
        }
        catch (final IllegalArgumentException ex)
        {
            throw s.wrap(ex);
        }
    }
}
