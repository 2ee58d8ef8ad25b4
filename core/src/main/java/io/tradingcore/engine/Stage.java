package io.tradingcore.engine;

import io.tradingcore.event.Event;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * One step of the logic: market data, then (in later issues) features, patterns, agents, decision,
 * risk. A stage reads the event's inputs and the outputs of earlier stages, updates its own state and
 * writes its outputs into the event.
 *
 * <p>Threading: every method is called on the stage's one logic thread (the single logic thread, or the
 * stage's own thread in chained mode); a stage's state is touched by no other thread. {@link #onEvent}
 * must not allocate, lock, log or read the wall clock: event time is {@link Event#timeNanos}.
 */
public interface Stage
{
    /** @return a short stable name, used for threads, snapshot parts and errors. */
    String name();

    /** Applies one event. */
    void onEvent(Event event);

    /** Writes the stage's whole state (called when a SNAPSHOT command reaches the stage). */
    void writeSnapshot(DataOutput out) throws IOException;

    /** Replaces the stage's state with a snapshot written by {@link #writeSnapshot}. */
    void readSnapshot(DataInput in) throws IOException;
}
