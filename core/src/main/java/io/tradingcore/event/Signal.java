package io.tradingcore.event;

/**
 * One agent's vote on one closed bar, as counted by the consensus of that bar (written by the agent stage). Built-in
 * agents vote on every bar of their symbols and timeframes; a live external agent's latest signal is copied in
 * for the bars of its symbols. {@link #value1}/{@link #value2} and the pattern say why: the feature values or the
 * pattern the agent acted on (docs/agents.md lists them per agent kind).
 */
public final class Signal implements EntryList.Entry
{
    /** The agent's id in the agent stage (docs/agents.md, "Agent ids"). */
    public int agentId;
    public int symbolId;
    public byte timeframe;
    /** Open time of the bar voted on, epoch nanoseconds. */
    public long openTimeNanos;
    /** +1 buy, -1 sell, 0 no opinion (still counted as present). */
    public byte direction;
    /** How strong the agent thinks the move is, 0..1. */
    public double strength;
    /** How sure the agent is, 0..1. */
    public double confidence;
    /** The agent's weight in this vote (learned online). */
    public double weight;
    /** The agent's reliability, the mean of its Beta posterior, 0..1. */
    public double reliability;
    /** The part of the consensus this vote carried, 0..1 (shares of one consensus sum to 1 unless all are 0). */
    public double share;
    /** First reason value (e.g. the fast EMA for a trend agent); NaN if none. */
    public double value1;
    /** Second reason value; NaN if none. */
    public double value2;
    /** {@link PatternMatches} kind of the pattern acted on, 0 if none. */
    public byte patternKind;
    /** Id of that pattern (as in {@link PatternMatches}), -1 if none. */
    public int patternId;

    @Override
    public void reset()
    {
        agentId = -1;
        symbolId = -1;
        timeframe = 0;
        openTimeNanos = 0;
        direction = 0;
        strength = 0;
        confidence = 0;
        weight = 0;
        reliability = 0;
        share = 0;
        value1 = Double.NaN;
        value2 = Double.NaN;
        patternKind = 0;
        patternId = -1;
    }

    public void copyFrom(final Signal other)
    {
        agentId = other.agentId;
        symbolId = other.symbolId;
        timeframe = other.timeframe;
        openTimeNanos = other.openTimeNanos;
        direction = other.direction;
        strength = other.strength;
        confidence = other.confidence;
        weight = other.weight;
        reliability = other.reliability;
        share = other.share;
        value1 = other.value1;
        value2 = other.value2;
        patternKind = other.patternKind;
        patternId = other.patternId;
    }

    /** The signals of one event. */
    public static final class List extends EntryList<Signal>
    {
        public List()
        {
            super(Signal::new, 16);
        }
    }
}
