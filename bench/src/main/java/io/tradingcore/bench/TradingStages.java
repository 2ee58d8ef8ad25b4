package io.tradingcore.bench;

import io.tradingcore.agent.AgentStage;
import io.tradingcore.agent.AgentsConfig;
import io.tradingcore.decision.DecisionConfig;
import io.tradingcore.decision.DecisionStage;
import io.tradingcore.decision.Sizing;
import io.tradingcore.engine.Pipeline;
import io.tradingcore.engine.Stage;
import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import io.tradingcore.event.SourceIds;
import io.tradingcore.feature.FeatureSet;
import io.tradingcore.feature.FeatureSetCodec;
import io.tradingcore.feature.FeatureStage;
import io.tradingcore.market.MarketStage;
import io.tradingcore.market.Timeframe;
import io.tradingcore.order.Instrument;
import io.tradingcore.order.Instruments;
import io.tradingcore.pattern.PatternCatalog;
import io.tradingcore.pattern.PatternStage;
import io.tradingcore.pattern.candle.Candlesticks;
import io.tradingcore.pattern.chart.ChartConfig;
import io.tradingcore.pattern.chart.ChartPattern;
import io.tradingcore.risk.RiskLimits;
import io.tradingcore.risk.RiskStage;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The logic stages of {@link TradingChainBenchmark}, in pipeline order, wired as core's {@code TradingDayReplayTest}
 * wires a trading day on the Bitstamp trades, plus the daemon's built-in feature set:
 * <ol>
 *   <li>{@code market}: ticks to bars of every timeframe (a ready-made bar passes through as it is);</li>
 *   <li>{@code features}: the set {@code demo/momentum} of {@code ops/feature-sets.yaml} ({@link #FEATURE_SET}, M1
 *       and M5 of every symbol), put by a FEATURE_SET_PUT command as the daemon does at start;</li>
 *   <li>{@code patterns}: the 61 candlesticks and every chart pattern on every (symbol, timeframe), no rules;</li>
 *   <li>{@code agents}: one agent of each built-in kind (trend, mean reversion, breakout, pattern), weighted
 *       consensus, voting on {@value #SYMBOL} M1;</li>
 *   <li>{@code decision}: acts on a score of 0.1, a confidence of 0.3 and an agreement of 0.5; 0.5 lots; stop loss
 *       2 and take profit 3 ATR(14) away; equity {@value #EQUITY};</li>
 *   <li>{@code risk}: {@link RiskLimits#defaults()} except max-order-notional ({@link #limits()}); netting, magic
 *       {@value #MAGIC}, {@value #ORDER_CAPACITY} orders, acknowledgement timeout 30 s.</li>
 * </ol>
 * Every method builds new stages; any thread, then the stages belong to the thread that runs them.
 */
final class TradingStages
{
    /** The one symbol, interned first. */
    static final String SYMBOL = BitstampTrades.SYMBOL;
    static final int SYMBOL_ID = 0;
    static final long MAGIC = 6001;
    /** The account traded: 0 = whichever terminal reports (none does here). */
    static final long LOGIN = 0;
    static final double EQUITY = 10_000;
    static final int ORDER_CAPACITY = 64;
    /** An order not acknowledged within 30 s of event time is in doubt ({@code orders.ack-timeout-ms} default). */
    static final long ACK_TIMEOUT_NANOS = 30_000_000_000L;
    /** The daemon's built-in feature set ({@code ops/feature-sets.yaml}): 8 expressions, 12 columns. */
    static final FeatureSet FEATURE_SET = new FeatureSet("demo", "momentum", List.of(),
        List.of(Timeframe.M1, Timeframe.M5), List.of("sma(close,20)", "ema(close,50)", "rsi(close,14)",
        "macd(close,12,26,9)", "bbands(close,20,2,2)", "atr(14)", "(close - sma(close,20)) / stddev(close,20)",
        "logret(close) > 0 and volume > sma(volume,20)"));

    private static final Instruments INSTRUMENTS = new Instruments(Map.of(), Instrument.DEFAULT);

    private TradingStages()
    {
    }

    /** @return market, features, patterns, agents, decision, risk: the whole logic chain. */
    static List<Stage> tradingChain()
    {
        return List.of(market(), features(), patterns(), agents(), decision(), risk());
    }

    /** @return market, features, patterns: the chain without the trading stages. */
    static List<Stage> patternChain()
    {
        return List.of(market(), features(), patterns());
    }

    /** @return agents, decision, risk: the trading stages alone. */
    static List<Stage> tradingStages()
    {
        return List.of(agents(), decision(), risk());
    }

    static MarketStage market()
    {
        return new MarketStage();
    }

    /** @return a feature stage without sets: {@link #start} puts {@link #FEATURE_SET}. */
    static FeatureStage features()
    {
        return new FeatureStage(PatternCatalog.rules());
    }

    static PatternStage patterns()
    {
        return new PatternStage(PatternCatalog.rules(), Candlesticks.all(), ChartConfig.defaults(),
            EnumSet.allOf(ChartPattern.class));
    }

    /** @return the agents of {@link AgentsConfig#defaults()} on {@value #SYMBOL} M1 only. */
    static AgentStage agents()
    {
        return new AgentStage(agentsConfig(), PatternCatalog.rules());
    }

    static DecisionStage decision()
    {
        final AgentsConfig agents = agentsConfig();
        final DecisionConfig config = new DecisionConfig(0.1, 0.3, 0.5, Sizing.fixed(0.5), 2, 3, 14);
        return new DecisionStage(config, INSTRUMENTS, EQUITY, LOGIN, agents.symbols(), agents.timeframes(),
            PatternCatalog.rules());
    }

    static RiskStage risk()
    {
        return new RiskStage(limits(), INSTRUMENTS, MAGIC, LOGIN, false, ORDER_CAPACITY, ACK_TIMEOUT_NANOS, true);
    }

    /**
     * @return {@link RiskLimits#defaults()} with no notional limit ({@code Double.MAX_VALUE}): the tiled bars of
     *         {@link BenchBars} climb to 5.4e13, where a 0.5-lot order would exceed the default 1,000,000.
     */
    static RiskLimits limits()
    {
        final RiskLimits d = RiskLimits.defaults();
        return new RiskLimits(d.maxOrderLots(), Double.MAX_VALUE, d.maxPositionLots(), d.maxTotalLots(),
            d.maxOpenOrders(), d.dailyLossLimit(), d.maxOrdersPerWindow(), d.rateWindowNanos(), d.priceCollar(),
            d.staleDataNanos());
    }

    private static AgentsConfig agentsConfig()
    {
        final AgentsConfig defaults = AgentsConfig.defaults();
        return new AgentsConfig(List.of(SYMBOL), List.of(Timeframe.M1), defaults.agents(), defaults.consensus(),
            defaults.learning(), defaults.external());
    }

    /**
     * Defines {@value #SYMBOL} as symbol {@value #SYMBOL_ID} and, when the pipeline has a feature stage, puts
     * {@link #FEATURE_SET}: the events a daemon journals before the first tick.
     *
     * @param pipeline  fresh stages.
     * @param event     a scratch entry.
     * @param timeNanos event time of both events.
     * @return the sequence of the next event.
     * @throws IllegalStateException if the feature set is refused.
     */
    static long start(final Pipeline pipeline, final Event event, final long timeNanos)
    {
        long sequence = 1;
        event.sequence = sequence++;
        header(event, EventType.SYMBOL, timeNanos, SYMBOL_ID);
        event.payloadLength = event.payload.putStringWithoutLengthAscii(0, SYMBOL);
        pipeline.onEvent(event);
        if (pipeline.stageNames().contains(FeatureStage.NAME))
        {
            event.sequence = sequence++;
            header(event, EventType.COMMAND, timeNanos, -1);
            event.commandType = CommandType.FEATURE_SET_PUT;
            event.correlationId = 0;
            event.payloadLength = FeatureSetCodec.encodePut(FEATURE_SET, event.payload);
            pipeline.onEvent(event);
            if (event.commandResult != CommandResult.OK)
            {
                throw new IllegalStateException("the feature stage refused " + FEATURE_SET.user() + "/" +
                    FEATURE_SET.name() + ": " + CommandResult.name(event.commandResult));
            }
        }
        return sequence;
    }

    private static void header(final Event event, final byte type, final long timeNanos, final int symbolId)
    {
        event.type = type;
        event.timeNanos = timeNanos;
        event.sourceId = SourceIds.ENGINE;
        event.sourcePosition = -1;
        event.symbolId = symbolId;
    }
}
