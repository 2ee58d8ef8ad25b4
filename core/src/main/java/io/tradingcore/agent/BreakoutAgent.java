package io.tradingcore.agent;

import io.tradingcore.event.Signal;

import java.util.List;

/**
 * {@code breakout}: trades a close outside the channel of the previous {@code period} bars. Reads
 * {@code highest(high,period)}, {@code lowest(low,period)} and {@code atr(atr)}; its state keeps the previous bar's
 * channel (state 0 = high, state 1 = low), so the channel never includes the bar voted on.
 * <ul>
 *   <li>BUY when close &gt; previous highest; SELL when close &lt; previous lowest; else 0;</li>
 *   <li>strength = min(1, distance beyond the channel / atr) (1 when atr is 0), 0 inside the channel;</li>
 *   <li>confidence = {@value #CONFIDENCE} whenever the inputs are defined: a fixed, moderate prior, since a channel
 *       break alone (without volume or trend confirmation) is a fair but not strong signal; online learning then
 *       scales the agent's weight by how often its breaks actually followed through;</li>
 *   <li>value1/value2 = the previous channel high/low.</li>
 * </ul>
 * Immutable; evaluated on the logic thread.
 */
final class BreakoutAgent extends BuiltInAgent
{
    static final String KIND = "breakout";
    static final List<String> KEYS = List.of("period", "atr");
    static final double CONFIDENCE = 0.6;

    BreakoutAgent(final int period, final int atr)
    {
        super(KIND, List.of("highest(high," + period + ")", "lowest(low," + period + ")", "atr(" + atr + ")"), 2);
    }

    static BreakoutAgent create(final AgentParams params)
    {
        return new BreakoutAgent(params.integer("period", 20, 2, Agents.MAX_PERIOD),
            params.integer("atr", 14, 1, Agents.MAX_PERIOD));
    }

    @Override
    public void evaluate(final AgentInput in, final Signal out)
    {
        final double previousHigh = in.state(0);
        final double previousLow = in.state(1);
        final double atr = in.feature(2);
        in.state(0, in.feature(0));
        in.state(1, in.feature(1));
        out.value1 = previousHigh;
        out.value2 = previousLow;
        final double close = in.bar().close;
        if (Double.isNaN(previousHigh) || Double.isNaN(previousLow) || Double.isNaN(atr) || Double.isNaN(close))
        {
            Agents.abstain(out);
            return;
        }
        final double distance;
        if (close > previousHigh)
        {
            out.direction = 1;
            distance = close - previousHigh;
        }
        else if (close < previousLow)
        {
            out.direction = -1;
            distance = previousLow - close;
        }
        else
        {
            out.direction = 0;
            distance = 0;
        }
        out.strength = out.direction == 0 ? 0.0 : atr > 0 ? Math.min(1.0, distance / atr) : 1.0;
        out.confidence = CONFIDENCE;
    }
}
