package io.tradingcore.engine;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of the engine, read by the status line and the metrics endpoint. Each is written by the
 * thread named in its comment and read by anyone.
 */
public final class EngineCounters
{
    /** Events published onto the ring (producer threads). */
    public final AtomicLong published = new AtomicLong();
    /** Sequence of the last event journaled as durably as configured (journal thread). */
    public final AtomicLong journaledSequence = new AtomicLong(-1);
    /** Input record bytes journaled since the engine started (journal thread). */
    public final AtomicLong journalBytesWritten = new AtomicLong();
    /** Sequence of the last event whose outputs were handled (output thread). */
    public final AtomicLong processedSequence = new AtomicLong(-1);
    /** Output records written (output thread). */
    public final AtomicLong outputRecords = new AtomicLong();
    /** Bars closed by the market stage, over every symbol and timeframe (output thread). */
    public final AtomicLong closedBars = new AtomicLong();
    /** Feature rows computed by the feature stage, one per (feature set, closed bar) (output thread). */
    public final AtomicLong featureRows = new AtomicLong();
    /** Pattern matches recorded in the output journal (candlesticks, chart patterns, rules). */
    public final AtomicLong patternMatches = new AtomicLong();
    /** Agents' votes recorded (output thread). */
    public final AtomicLong signals = new AtomicLong();
    /** Consensus decisions recorded, HOLD included (output thread). */
    public final AtomicLong decisions = new AtomicLong();
    /** Decisions to BUY or SELL (output thread). */
    public final AtomicLong tradeDecisions = new AtomicLong();
    /** Orders refused by pre-trade risk (output thread). */
    public final AtomicLong riskRejections = new AtomicLong();
    /** Orders placed and released to the terminal (output thread). */
    public final AtomicLong ordersPlaced = new AtomicLong();
    /** Execution reports applied to orders (output thread). */
    public final AtomicLong orderReports = new AtomicLong();
    /** Execution reports the order book refused: unknown order, invalid transition, duplicate, overfill. */
    public final AtomicLong refusedReports = new AtomicLong();
    /** Differences found reconciling positions with the terminal (output thread). */
    public final AtomicLong reconcileDifferences = new AtomicLong();
    /** Commands applied with a result other than OK: invalid, not found, unknown, failed (output thread). */
    public final AtomicLong refusedCommands = new AtomicLong();
    /** Exceptions thrown by logic stages (logic threads). */
    public final AtomicLong logicErrors = new AtomicLong();
    /** Snapshot parts or manifests that could not be written. */
    public final AtomicLong snapshotFailures = new AtomicLong();
    /** Complete snapshots written (output thread). */
    public final AtomicLong snapshots = new AtomicLong();
    /** Events refused at the edge before reaching the ring (producer threads). */
    public final AtomicLong rejectedInputs = new AtomicLong();
}
