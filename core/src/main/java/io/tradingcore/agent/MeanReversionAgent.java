package io.tradingcore.agent;

import io.tradingcore.event.Signal;

import java.util.List;

/**
 * {@code mean-reversion}: fades a stretched, oversold or overbought price. Reads {@code zscore(close,period)} and
 * {@code rsi(close,rsi)}.
 * <ul>
 *   <li>BUY when z &lt;= -entry-z and rsi &lt;= oversold; SELL when z &gt;= entry-z and rsi &gt;= overbought;
 *       else 0;</li>
 *   <li>strength = min(1, |z| / (2 x entry-z)); confidence = |rsi - 50| / 50; value1 = z, value2 = rsi.</li>
 * </ul>
 * Immutable; evaluated on the logic thread.
 */
final class MeanReversionAgent extends BuiltInAgent
{
    static final String KIND = "mean-reversion";
    static final List<String> KEYS = List.of("period", "entry-z", "rsi", "oversold", "overbought");

    private final double entryZ;
    private final double oversold;
    private final double overbought;

    MeanReversionAgent(final int period, final double entryZ, final int rsi, final double oversold,
        final double overbought)
    {
        super(KIND, List.of("zscore(close," + period + ")", "rsi(close," + rsi + ")"), 0);
        this.entryZ = entryZ;
        this.oversold = oversold;
        this.overbought = overbought;
    }

    static MeanReversionAgent create(final AgentParams params)
    {
        final int period = params.integer("period", 20, 2, Agents.MAX_PERIOD);
        final double entryZ = params.number("entry-z", 2.0, Double.MIN_VALUE, 1000);
        final int rsi = params.integer("rsi", 14, 2, Agents.MAX_PERIOD);
        final double oversold = params.number("oversold", 30, 0, 100);
        final double overbought = params.number("overbought", 70, 0, 100);
        if (oversold >= overbought)
        {
            throw params.error("oversold", "must be < overbought, got oversold " + oversold + " and overbought " +
                overbought);
        }
        return new MeanReversionAgent(period, entryZ, rsi, oversold, overbought);
    }

    @Override
    public void evaluate(final AgentInput in, final Signal out)
    {
        final double z = in.feature(0);
        final double rsi = in.feature(1);
        out.value1 = z;
        out.value2 = rsi;
        if (Double.isNaN(z) || Double.isNaN(rsi))
        {
            Agents.abstain(out);
            return;
        }
        if (z <= -entryZ && rsi <= oversold)
        {
            out.direction = 1;
        }
        else if (z >= entryZ && rsi >= overbought)
        {
            out.direction = -1;
        }
        else
        {
            out.direction = 0;
        }
        out.strength = Math.min(1.0, Math.abs(z) / (2 * entryZ));
        out.confidence = Math.abs(rsi - 50) / 50.0;
    }
}
