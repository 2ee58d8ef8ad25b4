package io.tradingcore.app;

import io.tradingcore.agent.AgentStage;
import io.tradingcore.agent.AgentsConfig;
import io.tradingcore.decision.DecisionConfig;
import io.tradingcore.decision.DecisionStage;
import io.tradingcore.engine.Stage;
import io.tradingcore.feature.FeatureCatalog;
import io.tradingcore.order.Instruments;
import io.tradingcore.risk.RiskLimits;
import io.tradingcore.risk.RiskStage;

import java.util.List;

/**
 * A trading strategy as its file describes it ({@link StrategyFile}, docs/strategy.md): what the agent, decision
 * and risk stages do. Immutable.
 *
 * @param name            a label for logs.
 * @param magic           MT5 magic number stamped on every order, &gt; 0 [magic].
 * @param login           the account orders go to, 0 = the only connected terminal [account.login].
 * @param equity          equity to size from until the terminal reports its own, &gt; 0 [account.equity].
 * @param hedging         account mode until the terminal reports it [account.hedging].
 * @param deviationPoints largest slippage of a market order, points, &gt;= 0 [account.deviation-points].
 * @param orderCapacity   most open orders the order book holds [orders.capacity].
 * @param ackTimeoutNanos an order the terminal has not acknowledged after this much event time expires
 *                        [orders.ack-timeout-ms].
 * @param instruments     contract and lot sizes by symbol [instruments].
 * @param agents          agents, consensus, learning, external agents, symbols and timeframes.
 * @param decision        thresholds, sizing and stops [decision].
 * @param risk            pre-trade limits [risk].
 */
record StrategyConfig(String name, long magic, long login, double equity, boolean hedging, int deviationPoints,
    int orderCapacity, long ackTimeoutNanos, Instruments instruments, AgentsConfig agents, DecisionConfig decision,
    RiskLimits risk)
{
    StrategyConfig
    {
        if (magic <= 0)
        {
            throw new IllegalArgumentException("magic must be > 0 (0 marks orders placed by hand), got " + magic);
        }
        if (login < 0)
        {
            throw new IllegalArgumentException("account.login must be >= 0, got " + login);
        }
        if (!(equity > 0) || Double.isInfinite(equity))
        {
            throw new IllegalArgumentException("account.equity must be a positive number, got " + equity);
        }
        if (deviationPoints < 0)
        {
            throw new IllegalArgumentException("account.deviation-points must be >= 0, got " + deviationPoints);
        }
        if (orderCapacity < 1 || orderCapacity > 1 << 20)
        {
            throw new IllegalArgumentException("orders.capacity must be 1..1048576, got " + orderCapacity);
        }
        if (ackTimeoutNanos <= 0)
        {
            throw new IllegalArgumentException("orders.ack-timeout-ms must be > 0, got " + ackTimeoutNanos / 1_000_000);
        }
    }

    /**
     * @param routed whether orders have a way to a terminal (the bridge is enabled).
     * @return new agent, decision and risk stages for this strategy, in pipeline order.
     */
    List<Stage> stages(final FeatureCatalog catalog, final boolean routed)
    {
        return List.of(
            new AgentStage(agents, catalog),
            new DecisionStage(decision, instruments, equity, login, agents.symbols(), agents.timeframes(), catalog),
            new RiskStage(risk, instruments, magic, login, hedging, orderCapacity, ackTimeoutNanos, routed));
    }
}
