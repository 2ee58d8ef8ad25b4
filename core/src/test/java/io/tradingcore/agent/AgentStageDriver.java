package io.tradingcore.agent;

import io.tradingcore.engine.Stage;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.DecisionRecord;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import io.tradingcore.event.Signal;
import io.tradingcore.feature.Series;
import io.tradingcore.market.Timeframe;

import java.util.List;

/**
 * Feeds hand-made events through a chain of stages (e.g. the pattern stage, then the agent stage) as the pipeline
 * would after the market stage, with explicit event times. Bars and {@link #begin}/{@link #run} allocate nothing.
 */
final class AgentStageDriver
{
    static final long MINUTE = 60_000_000_000L;

    final Event event = new Event();
    private final Stage[] stages;
    private long sequence;
    private int symbols;

    AgentStageDriver(final Stage... stages)
    {
        this.stages = stages;
    }

    void symbol(final String name)
    {
        begin(EventType.SYMBOL, 0);
        event.symbolId = symbols++;
        event.payloadLength = event.payload.putStringWithoutLengthAscii(0, name);
        run();
    }

    /** Starts an event of {@code type} at {@code timeNanos}: outputs cleared; add closed bars or matches, then run. */
    Event begin(final byte type, final long timeNanos)
    {
        event.resetOutputs();
        event.sequence = ++sequence;
        event.type = type;
        event.timeNanos = timeNanos;
        event.symbolId = -1;
        return event;
    }

    Event run()
    {
        for (final Stage stage : stages)
        {
            stage.onEvent(event);
        }
        return event;
    }

    /** A TIMER event at the bar's close time that closed one bar. */
    Event bar(final int symbolId, final Timeframe tf, final long openTime, final double open, final double high,
        final double low, final double close)
    {
        begin(EventType.TIMER, openTime + tf.nanos());
        event.closedBars.add().set(symbolId, tf.code(), openTime, open, high, low, close, 1.0, 1);
        return run();
    }

    Event bar(final int symbolId, final Timeframe tf, final Series series, final int i)
    {
        begin(EventType.TIMER, series.time()[i] + tf.nanos());
        event.closedBars.add().set(symbolId, tf.code(), series.time()[i], series.open()[i], series.high()[i],
            series.low()[i], series.close()[i], series.volume()[i], 1);
        return run();
    }

    int register(final long timeNanos, final String id, final double weight, final String... symbolNames)
    {
        begin(EventType.COMMAND, timeNanos);
        event.commandType = CommandType.AGENT_REGISTER;
        event.payloadLength = AgentCommands.encodeRegister(new AgentCommands.Register(id, "agent " + id, "ml",
            List.of(symbolNames), weight), event.payload);
        return run().commandResult;
    }

    int signal(final long timeNanos, final String id, final String symbol, final int direction,
        final double strength, final double confidence)
    {
        begin(EventType.COMMAND, timeNanos);
        event.commandType = CommandType.AGENT_SIGNAL;
        event.payloadLength = AgentCommands.encodeSignal(new AgentCommands.ExternalSignal(id, symbol, direction,
            strength, confidence), event.payload);
        return run().commandResult;
    }

    int idCommand(final int type, final long timeNanos, final String id)
    {
        begin(EventType.COMMAND, timeNanos);
        event.commandType = type;
        event.payloadLength = AgentCommands.encodeId(id, event.payload);
        return run().commandResult;
    }

    int rawCommand(final int type, final long timeNanos, final byte[] payload)
    {
        begin(EventType.COMMAND, timeNanos);
        event.commandType = type;
        event.payload.putBytes(0, payload);
        event.payloadLength = payload.length;
        return run().commandResult;
    }

    /** @return every agent-stage output of the event, doubles as raw bits, for exact comparisons. */
    static String describe(final Event event)
    {
        final StringBuilder sb = new StringBuilder();
        for (int i = 0; i < event.signals.size(); i++)
        {
            final Signal s = event.signals.get(i);
            sb.append('S').append(s.agentId).append('/').append(s.symbolId).append('/').append(s.timeframe)
                .append('@').append(s.openTimeNanos).append(':').append(s.direction).append(',')
                .append(bits(s.strength)).append(',').append(bits(s.confidence)).append(',')
                .append(bits(s.weight)).append(',').append(bits(s.reliability)).append(',').append(bits(s.share))
                .append(',').append(bits(s.value1)).append(',').append(bits(s.value2)).append(',')
                .append(s.patternKind).append(',').append(s.patternId).append(';');
        }
        for (int i = 0; i < event.decisions.size(); i++)
        {
            final DecisionRecord d = event.decisions.get(i);
            sb.append('D').append(d.symbolId).append('/').append(d.timeframe).append('@').append(d.openTimeNanos)
                .append(':').append(d.method).append(',').append(d.direction).append(',').append(bits(d.score))
                .append(',').append(bits(d.agreement)).append(',').append(bits(d.confidence)).append(',')
                .append(d.firstSignal).append(',').append(d.signalCount).append(';');
        }
        return sb.append("R").append(event.commandResult).append(event.commandHandled).toString();
    }

    private static long bits(final double value)
    {
        return Double.doubleToRawLongBits(value);
    }
}
