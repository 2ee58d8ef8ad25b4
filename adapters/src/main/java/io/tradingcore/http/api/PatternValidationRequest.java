package io.tradingcore.http.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * The body of {@code POST /api/v1/validation/pattern}: either {@code candles}, or {@code symbol} and
 * {@code timeframe} (and {@code count}) for a live symbol's recent bars; optionally which patterns to look for,
 * ad-hoc rules and the user whose stored rules join them. Checked by {@link PatternValidation}. Immutable; any
 * thread.
 *
 * @param candles   the series, oldest first, 1 to {@link PatternValidation#MAX_CANDLES}.
 * @param patterns  names: TA-Lib candlesticks, chart pattern ids, rule names, or {@code all}; missing = all.
 * @param rules     ad-hoc rules for this request only.
 * @param userId    the user whose stored rule patterns are included (their own, or any for an admin).
 * @param symbol    a live symbol whose recent closed bars are validated instead of {@code candles}.
 * @param timeframe the live symbol's timeframe, {@code M1} ... {@code D1}.
 * @param count     how many of the live symbol's newest bars, 1 to 1023 (default all kept, 1023).
 */
public record PatternValidationRequest(List<Candle> candles, List<String> patterns, List<Rule> rules, String userId,
    String symbol, String timeframe, Integer count)
{
    /**
     * One candle.
     *
     * @param time   open time: an ISO-8601 UTC string ({@code 2024-01-02T09:30:00Z}) or epoch milliseconds.
     * @param open   open price (required).
     * @param high   high price (required).
     * @param low    low price (required).
     * @param close  close price (required).
     * @param volume volume, 0 when missing.
     */
    public record Candle(JsonNode time, Double open, Double high, Double low, Double close, Double volume)
    {
    }

    /**
     * An ad-hoc rule pattern.
     *
     * @param name       its name in the matches.
     * @param expression the rule expression, one value.
     */
    public record Rule(String name, String expression)
    {
    }
}
