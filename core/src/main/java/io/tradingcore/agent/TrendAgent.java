package io.tradingcore.agent;

import io.tradingcore.event.Signal;

import java.util.List;

/**
 * {@code trend}: follows an EMA crossover when the ADX says there is a trend. Reads {@code ema(close,fast)},
 * {@code ema(close,slow)}, {@code adx(adx)}.
 * <ul>
 *   <li>direction = sign(fastEma - slowEma) when adx &gt;= min-adx, else 0;</li>
 *   <li>strength = min(1, |fastEma - slowEma| / (|slowEma| x 0.01)): 1 at a 1% gap;</li>
 *   <li>confidence = min(1, adx / 50); value1 = fast EMA, value2 = slow EMA.</li>
 * </ul>
 * Immutable; evaluated on the logic thread.
 */
final class TrendAgent extends BuiltInAgent
{
    static final String KIND = "trend";
    static final List<String> KEYS = List.of("fast", "slow", "adx", "min-adx");

    private final double minAdx;

    TrendAgent(final int fast, final int slow, final int adx, final double minAdx)
    {
        super(KIND, List.of("ema(close," + fast + ")", "ema(close," + slow + ")", "adx(" + adx + ")"), 0);
        this.minAdx = minAdx;
    }

    static TrendAgent create(final AgentParams params)
    {
        final int fast = params.integer("fast", 12, 2, Agents.MAX_PERIOD);
        final int slow = params.integer("slow", 26, 2, Agents.MAX_PERIOD);
        if (fast >= slow)
        {
            throw params.error("fast", "must be < slow, got fast " + fast + " and slow " + slow);
        }
        final int adx = params.integer("adx", 14, 2, Agents.MAX_PERIOD);
        return new TrendAgent(fast, slow, adx, params.number("min-adx", 20, 0, 100));
    }

    @Override
    public void evaluate(final AgentInput in, final Signal out)
    {
        final double fast = in.feature(0);
        final double slow = in.feature(1);
        final double adx = in.feature(2);
        out.value1 = fast;
        out.value2 = slow;
        if (Double.isNaN(fast) || Double.isNaN(slow) || Double.isNaN(adx))
        {
            Agents.abstain(out);
            return;
        }
        final double gap = fast - slow;
        final double onePercent = Math.abs(slow) * 0.01;
        out.strength = onePercent > 0 ? Math.min(1.0, Math.abs(gap) / onePercent) : (gap != 0 ? 1.0 : 0.0);
        out.confidence = Math.min(1.0, adx / 50.0);
        out.direction = adx >= minAdx ? Agents.sign(gap) : 0;
    }
}
