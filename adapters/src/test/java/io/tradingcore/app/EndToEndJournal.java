package io.tradingcore.app;

import io.tradingcore.engine.Engine;
import io.tradingcore.engine.EngineCounters;
import io.tradingcore.engine.Replayer;
import io.tradingcore.engine.Stage;
import io.tradingcore.event.DecisionRecord;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventCodec;
import io.tradingcore.event.EventType;
import io.tradingcore.event.OrderUpdate;
import io.tradingcore.event.OutputCodec;
import io.tradingcore.event.Signal;
import io.tradingcore.journal.Journal;
import io.tradingcore.journal.JournalQueue;
import io.tradingcore.journal.OutputRecords;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a closed journal holds about trading, read once for {@link TradingEndToEndTest}: the execution reports,
 * account and position events of the input journal, and the decision records and order updates of the output
 * journal, each as a small immutable record. Also replays the inputs through fresh logic stages and compares the
 * outputs with the recorded ones byte for byte, as {@code tradingcore replay --verify} does. Test thread only.
 */
final class EndToEndJournal
{
    /** An EXEC_REPORT input event. */
    record Exec(long sequence, short sourceId, long sourcePosition, long orderId, byte execType, byte side,
        double lastQuantity, double lastPrice, long execId, long positionId, int retcode)
    {
    }

    /** An ACCOUNT input event. */
    record Account(long sequence, short sourceId, long login, double balance, double equity, byte marginMode)
    {
    }

    /** A POSITION input event: one entry of a terminal snapshot (count 0: the snapshot was empty). */
    record PositionEntry(long sequence, short sourceId, long login, int index, int count, byte side, double volume,
        long magic)
    {
        /** Signed lots of this entry (0 for the marker of an empty snapshot). */
        double signedLots()
        {
            return count == 0 ? 0 : side == io.tradingcore.event.PositionReport.SELL ? -volume : volume;
        }

        boolean last()
        {
            return count == 0 || index == count - 1;
        }
    }

    /** An order update of the output journal, with the input sequence that caused it. */
    record Update(long cause, byte kind, long orderId, byte side, byte state, double lots, double filledLots,
        double lastLots, double lastPrice, double positionLots, double terminalLots, int code)
    {
    }

    /** A decision record of the output journal, with the input sequence that caused it. */
    record Decision(long cause, byte action, double lots, long orderId, double orderLots, int riskReason)
    {
    }

    /** The first difference between replayed and recorded outputs (null when none), and the records compared. */
    record ReplayCheck(String divergence, long events, long outputRecords)
    {
    }

    final List<Exec> execs = new ArrayList<>();
    final List<Account> accounts = new ArrayList<>();
    final List<PositionEntry> positions = new ArrayList<>();
    final List<Update> updates = new ArrayList<>();
    final List<Decision> decisions = new ArrayList<>();
    long inputEvents;
    long ticks;

    private EndToEndJournal()
    {
    }

    /** Reads both queues of the (closed) journal in {@code dir}. */
    static EndToEndJournal read(final Path dir)
    {
        final EndToEndJournal out = new EndToEndJournal();
        try (Journal journal = Journal.open(dir, true))
        {
            out.readInputs(journal);
            out.readOutputs(journal);
        }
        return out;
    }

    private void readInputs(final Journal journal)
    {
        final UnsafeBuffer record = new UnsafeBuffer(new byte[EventCodec.MAX_LENGTH]);
        final Event e = new Event();
        try (JournalQueue.Reader reader = journal.input().reader())
        {
            int length;
            while ((length = reader.next(record)) >= 0)
            {
                EventCodec.decode(record, length, e);
                inputEvents++;
                switch (e.type)
                {
                    case EventType.TICK -> ticks++;
                    case EventType.EXEC_REPORT -> execs.add(new Exec(e.sequence, e.sourceId, e.sourcePosition,
                        e.execReport.orderId, e.execReport.execType, e.execReport.side, e.execReport.lastQuantity,
                        e.execReport.lastPrice, e.execReport.execId, e.execReport.positionId, e.execReport.retcode));
                    case EventType.ACCOUNT -> accounts.add(new Account(e.sequence, e.sourceId, e.account.login,
                        e.account.balance, e.account.equity, e.account.marginMode));
                    case EventType.POSITION -> positions.add(new PositionEntry(e.sequence, e.sourceId,
                        e.position.login, e.position.index, e.position.count, e.position.side, e.position.volume,
                        e.position.magic));
                    default ->
                    {
                    }
                }
            }
        }
    }

    private void readOutputs(final Journal journal)
    {
        final UnsafeBuffer record = new UnsafeBuffer(new byte[OutputRecords.MAX_LENGTH]);
        final Signal.List signalList = new Signal.List();
        final DecisionRecord.List decisionList = new DecisionRecord.List();
        final OrderUpdate.List updateList = new OrderUpdate.List();
        try (JournalQueue.Reader reader = journal.output().reader())
        {
            while (reader.next(record) >= 0)
            {
                final long cause = OutputCodec.causeSequence(record);
                OutputCodec.decodeTrading(record, signalList, decisionList, updateList);
                for (int i = 0; i < decisionList.size(); i++)
                {
                    final DecisionRecord d = decisionList.get(i);
                    decisions.add(new Decision(cause, d.action, d.lots, d.orderId, d.orderLots, d.riskReason));
                }
                for (int i = 0; i < updateList.size(); i++)
                {
                    final OrderUpdate u = updateList.get(i);
                    updates.add(new Update(cause, u.kind, u.orderId, u.side, u.state, u.lots, u.filledLots,
                        u.lastLots, u.lastPrice, u.positionLots, u.terminalLots, u.code));
                }
            }
        }
    }

    /** The order updates of one kind, in journal order. */
    List<Update> updates(final byte kind)
    {
        return updates.stream().filter(u -> u.kind() == kind).toList();
    }

    /**
     * Replays every input of the journal in {@code dir} through {@code stages} (after the engine's built-in ones)
     * on this thread and compares each output record with the recorded one, byte for byte.
     */
    static ReplayCheck replay(final Path dir, final List<Stage> stages)
    {
        try (Journal journal = Journal.open(dir, true);
            JournalQueue.Reader inputs = journal.input().reader();
            JournalQueue.Reader recorded = journal.output().reader())
        {
            final Replayer replayer = new Replayer(Engine.replayPipeline(stages, new EngineCounters()));
            final UnsafeBuffer expected = new UnsafeBuffer(new byte[OutputRecords.MAX_LENGTH]);
            final String[] divergence = new String[1];
            final Replayer.Result result = replayer.replay(inputs, -1, (event, record, length) ->
            {
                final int expectedLength = recorded.next(expected);
                if (divergence[0] == null && !sameBytes(record, length, expected, expectedLength))
                {
                    divergence[0] = "outputs of input sequence " + event.sequence + " differ\n  recorded: " +
                        (expectedLength < 0 ? "nothing" : OutputCodec.describe(expected)) + "\n  replayed: " +
                        OutputCodec.describe(record);
                }
            }, null);
            if (divergence[0] == null && recorded.next(expected) >= 0)
            {
                divergence[0] = "the journal has outputs replay did not produce: " + OutputCodec.describe(expected);
            }
            return new ReplayCheck(divergence[0], result.events(), result.outputRecords());
        }
    }

    private static boolean sameBytes(final UnsafeBuffer a, final int aLength, final UnsafeBuffer b, final int bLength)
    {
        if (aLength != bLength)
        {
            return false;
        }
        for (int i = 0; i < aLength; i++)
        {
            if (a.getByte(i) != b.getByte(i))
            {
                return false;
            }
        }
        return true;
    }
}
