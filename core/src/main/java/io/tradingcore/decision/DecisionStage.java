package io.tradingcore.decision;

import io.tradingcore.engine.Stage;
import io.tradingcore.event.Bar;
import io.tradingcore.event.BarList;
import io.tradingcore.event.DecisionRecord;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import io.tradingcore.feature.FeatureCatalog;
import io.tradingcore.feature.FeatureProgram;
import io.tradingcore.feature.FeatureSet;
import io.tradingcore.feature.LiveFeatureSet;
import io.tradingcore.feature.SymbolQuotes;
import io.tradingcore.market.Timeframe;
import io.tradingcore.order.Instrument;
import io.tradingcore.order.Instruments;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * The decision logic stage, after the agent stage: turns each consensus the agent stage recorded in
 * {@link Event#decisions} into BUY, SELL or HOLD with a size, a stop loss and a take profit
 * ({@link DecisionEngine}), sized from the account's equity and the bar's ATR.
 *
 * <ul>
 *   <li>Every closed bar of the strategy's symbols and timeframes updates that pair's {@code atr(period)}.</li>
 *   <li>ACCOUNT (of the strategy's login, or any when it is 0): the terminal's equity becomes the equity sizes
 *       are computed from; until the first one, the configured starting equity is used (a replay of files has no
 *       terminal).</li>
 *   <li>The reference price of a decision is the close of the bar it decided on.</li>
 * </ul>
 * Logic stage: runs on its logic thread only ({@link #inputs()} and {@link #decisionEngine()} excepted); allocates
 * nothing per bar once a (symbol, timeframe) has been seen.
 */
public final class DecisionStage implements Stage
{
    public static final String NAME = "decision";

    private final DecisionEngine engine;
    private final Instruments instruments;
    private final SymbolQuotes symbols = new SymbolQuotes();
    private final LiveFeatureSet atr;
    private final Decision decision = new Decision();
    private final long login;
    private final DecisionInputsView inputs;
    private double equity;

    /**
     * @param config         thresholds, sizing and stops.
     * @param instruments    lot sizes and contract sizes by symbol.
     * @param startingEquity equity until the terminal reports one, &gt; 0.
     * @param login          the account whose ACCOUNT reports count, 0 = any.
     * @param symbols        the strategy's symbols (empty = all), where ATR is kept.
     * @param timeframes     the strategy's timeframes.
     * @param catalog        the feature catalog ({@code atr} must be in it).
     */
    public DecisionStage(final DecisionConfig config, final Instruments instruments, final double startingEquity,
        final long login, final List<String> symbols, final List<Timeframe> timeframes, final FeatureCatalog catalog)
    {
        if (!(startingEquity > 0) || Double.isInfinite(startingEquity))
        {
            throw new IllegalArgumentException("equity must be a positive number, got " + startingEquity);
        }
        this.engine = new DecisionEngine(config);
        this.instruments = instruments;
        this.login = login;
        this.equity = startingEquity;
        this.inputs = new DecisionInputsView(startingEquity);
        this.atr = new LiveFeatureSet(0, new FeatureSet("decision", "atr", symbols, timeframes,
            List.of("atr(" + config.atrPeriod() + ")")), catalog);
    }

    @Override
    public String name()
    {
        return NAME;
    }

    @Override
    public void onEvent(final Event event)
    {
        switch (event.type)
        {
            case EventType.SYMBOL:
                symbols.onSymbol(event);
                break;
            case EventType.ACCOUNT:
                if ((login == 0 || event.account.login == login) && event.account.equity > 0 &&
                    !Double.isInfinite(event.account.equity))
                {
                    equity = event.account.equity;
                    inputs.beginWrite();
                    inputs.equity(equity);
                    inputs.endWrite();
                }
                break;
            default:
                onBars(event.closedBars);
                decide(event);
                break;
        }
    }

    private void onBars(final BarList bars)
    {
        for (int i = 0; i < bars.size(); i++)
        {
            atr.update(bars.get(i), Double.NaN, symbols.names());
        }
    }

    private void decide(final Event event)
    {
        final DecisionRecord.List records = event.decisions;
        if (records.size() == 0)
        {
            return;
        }
        inputs.beginWrite();
        for (int i = 0; i < records.size(); i++)
        {
            final DecisionRecord record = records.get(i);
            final Bar bar = find(event.closedBars, record);
            final double price = bar == null ? Double.NaN : bar.close;
            final double barAtr = bar == null ? Double.NaN : atrOf(bar);
            final Instrument instrument = instruments.of(record.symbolId, symbols.names());
            engine.decide(record.direction, record.score, record.agreement, record.confidence, price, barAtr, equity,
                instrument, decision);
            if (bar != null)
            {
                inputs.bar(record.symbolId, record.timeframe, record.openTimeNanos, price, barAtr, instrument);
            }
            record.action = (byte)decision.action;
            record.holdReason = (byte)decision.holdReason;
            record.lots = decision.lots;
            record.price = decision.price;
            record.stopLoss = decision.stopLoss;
            record.takeProfit = decision.takeProfit;
            record.atr = barAtr;
            record.equity = equity;
        }
        inputs.endWrite();
    }

    private double atrOf(final Bar bar)
    {
        final FeatureProgram program = atr.program(bar.symbolId, bar.timeframe);
        return program == null ? Double.NaN : program.value(0);
    }

    private static Bar find(final BarList bars, final DecisionRecord record)
    {
        for (int i = 0; i < bars.size(); i++)
        {
            final Bar bar = bars.get(i);
            if (bar.symbolId == record.symbolId && bar.timeframe == record.timeframe &&
                bar.openTimeNanos == record.openTimeNanos)
            {
                return bar;
            }
        }
        return null;
    }

    /** @return what the last decision of each (symbol, timeframe) was made from; read by any thread. */
    public DecisionInputsView inputs()
    {
        return inputs;
    }

    /** @return the decision engine (pure and immutable: any thread may call it with its own {@link Decision}). */
    public DecisionEngine decisionEngine()
    {
        return engine;
    }

    /** @return the equity sizes are computed from now. */
    public double equity()
    {
        return equity;
    }

    @Override
    public void writeSnapshot(final DataOutput out) throws IOException
    {
        symbols.writeState(out);
        out.writeDouble(equity);
        atr.writeState(out);
    }

    @Override
    public void readSnapshot(final DataInput in) throws IOException
    {
        symbols.readState(in);
        equity = in.readDouble();
        atr.readState(in);
        inputs.beginWrite();
        inputs.equity(equity);
        inputs.endWrite();
    }

}
