package io.tradingcore.event;

/**
 * What became of one consensus: written in three steps by three stages on the same closed bar. The agent stage
 * writes the consensus ({@link #direction} .. {@link #signalCount}); the decision stage the action and its size;
 * the risk stage what happened to it ({@link #riskReason}, {@link #orderId}). The votes behind it are the
 * signals {@code [firstSignal, firstSignal + signalCount)} of the same event, so the record and its reasons are
 * journaled together.
 */
public final class DecisionRecord implements EntryList.Entry
{
    /** No action: the consensus was too weak or the size rounds to nothing ({@link #holdReason} says which). */
    public static final byte HOLD = 0;
    public static final byte BUY = 1;
    public static final byte SELL = 2;

    // ---- consensus: written by the agent stage ----
    public int symbolId;
    public byte timeframe;
    /** Open time of the closed bar decided on, epoch nanoseconds. */
    public long openTimeNanos;
    /** Consensus method code (io.tradingcore.agent.ConsensusMethod). */
    public byte method;
    /** +1, -1 or 0. */
    public byte direction;
    /** Signed consensus score, -1..1. */
    public double score;
    /** Weight share of the votes that agree with the direction, 0..1. */
    public double agreement;
    /** Confidence of the consensus, 0..1. */
    public double confidence;
    /** Index of the first vote in the event's signals. */
    public int firstSignal;
    public int signalCount;

    // ---- decision: written by the decision stage ----
    /** {@link #HOLD}, {@link #BUY} or {@link #SELL}. */
    public byte action;
    /** Why HOLD (io.tradingcore.decision.Decision hold reasons); 0 for BUY/SELL. */
    public byte holdReason;
    public double lots;
    /** Reference price (the bar's close). */
    public double price;
    /** 0 = none. */
    public double stopLoss;
    /** 0 = none. */
    public double takeProfit;
    /** ATR used for sizing and stops; NaN if not needed or not yet defined. */
    public double atr;
    /** Equity the size was computed from. */
    public double equity;

    // ---- outcome: written by the risk stage ----
    /** io.tradingcore.risk.RiskReason of a refused order, 0 if none was refused. */
    public int riskReason;
    /** The order placed for this decision, 0 if none. */
    public long orderId;
    /** Lots ordered (the decision's target minus what is held and working), 0 if none. */
    public double orderLots;

    @Override
    public void reset()
    {
        symbolId = -1;
        timeframe = 0;
        openTimeNanos = 0;
        method = 0;
        direction = 0;
        score = 0;
        agreement = 0;
        confidence = 0;
        firstSignal = 0;
        signalCount = 0;
        action = HOLD;
        holdReason = 0;
        lots = 0;
        price = 0;
        stopLoss = 0;
        takeProfit = 0;
        atr = Double.NaN;
        equity = 0;
        riskReason = 0;
        orderId = 0;
        orderLots = 0;
    }

    public void copyFrom(final DecisionRecord from)
    {
        symbolId = from.symbolId;
        timeframe = from.timeframe;
        openTimeNanos = from.openTimeNanos;
        method = from.method;
        direction = from.direction;
        score = from.score;
        agreement = from.agreement;
        confidence = from.confidence;
        firstSignal = from.firstSignal;
        signalCount = from.signalCount;
        action = from.action;
        holdReason = from.holdReason;
        lots = from.lots;
        price = from.price;
        stopLoss = from.stopLoss;
        takeProfit = from.takeProfit;
        atr = from.atr;
        equity = from.equity;
        riskReason = from.riskReason;
        orderId = from.orderId;
        orderLots = from.orderLots;
    }

    /** @return the name of an action code. */
    public static String actionName(final int action)
    {
        switch (action)
        {
            case HOLD: return "HOLD";
            case BUY: return "BUY";
            case SELL: return "SELL";
            default: return "UNKNOWN(" + action + ")";
        }
    }

    /** The decision records of one event. */
    public static final class List extends EntryList<DecisionRecord>
    {
        public List()
        {
            super(DecisionRecord::new, 4);
        }
    }
}
