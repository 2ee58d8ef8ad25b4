package io.tradingcore.http.api;

import io.tradingcore.agent.ConsensusMethod;
import io.tradingcore.decision.Decision;
import io.tradingcore.decision.DecisionsView;
import io.tradingcore.market.Timeframe;
import io.tradingcore.risk.RiskReason;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A journaled decision as {@code GET /api/v1/decisions} shows it: consensus, action and size, and what risk made of
 * it. Stateless; any thread.
 */
final class DecisionJson
{
    private DecisionJson()
    {
    }

    /** @return the JSON object of {@code entry}; {@code names} are the symbol names by id. */
    static Map<String, Object> entry(final DecisionsView.Entry entry, final List<String> names)
    {
        final Map<String, Object> out = new LinkedHashMap<>();
        out.put("time", ConsensusJson.time(entry.timeNanos()));
        out.put("timeNanos", entry.timeNanos());
        out.put("symbol", entry.symbolId() >= 0 && entry.symbolId() < names.size() ? names.get(entry.symbolId()) :
            null);
        out.put("timeframe", Timeframe.fromCode(entry.timeframe()).name());
        out.put("barOpenTime", ConsensusJson.time(entry.openTimeNanos()));
        out.put("barOpenTimeNanos", entry.openTimeNanos());
        out.put("method", ConsensusMethod.name(entry.method()));
        out.put("direction", ConsensusJson.direction(entry.direction()));
        out.put("score", ConsensusJson.number(entry.score()));
        out.put("agreement", ConsensusJson.number(entry.agreement()));
        out.put("confidence", ConsensusJson.number(entry.confidence()));
        out.put("signalCount", entry.signalCount());
        out.put("action", entry.action());
        out.put("holdReason", entry.holdReason() == Decision.NONE ? null :
            Decision.holdReasonName(entry.holdReason()));
        out.put("lots", entry.lots());
        out.put("price", ConsensusJson.number(entry.price()));
        out.put("stopLoss", entry.stopLoss() > 0 ? entry.stopLoss() : null);
        out.put("takeProfit", entry.takeProfit() > 0 ? entry.takeProfit() : null);
        out.put("atr", ConsensusJson.number(entry.atr()));
        out.put("equity", ConsensusJson.number(entry.equity()));
        out.put("riskReason", entry.riskReason() == 0 ? null : RiskReason.name(entry.riskReason()));
        out.put("orderId", entry.orderId() == 0 ? null : entry.orderId());
        out.put("orderLots", entry.orderLots());
        return out;
    }
}
