package io.tradingcore.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradingcore.feature.FeatureCatalog;
import io.tradingcore.http.ApiException;
import io.tradingcore.http.Json;
import io.tradingcore.http.Request;
import io.tradingcore.http.Response;
import io.tradingcore.market.Timeframe;
import io.tradingcore.pattern.CandleSeries;
import io.tradingcore.pattern.PatternMatch;
import io.tradingcore.pattern.PatternSelection;
import io.tradingcore.pattern.PatternStage;
import io.tradingcore.pattern.PatternValidator;
import io.tradingcore.pattern.RecentBars;
import io.tradingcore.pattern.RulePattern;
import io.tradingcore.pattern.chart.ChartConfig;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/v1/validation/pattern}: checks a {@link PatternValidationRequest} (every candle, pattern name
 * and rule, with 400s naming the field, e.g. {@code candles[17].high}), runs {@link PatternValidator} over the
 * candles or a live symbol's recent bars ({@link PatternStage#recentBars}) with the user's stored rules
 * ({@link PatternStage#rulesOf}) and the request's, and answers every match. Stateless between requests; any
 * thread (it reads only the stage's published views).
 */
public final class PatternValidation
{
    /** Most candles one request may send. */
    public static final int MAX_CANDLES = 10_000;
    /** Most ad-hoc rules one request may send. */
    public static final int MAX_RULES = PatternStage.MAX_RULES_PER_USER;

    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final String AD_HOC_USER = "request";

    private final FeatureCatalog catalog;
    private final PatternStage stage;
    private final PatternValidator validator;

    /**
     * @param catalog     the rule catalog the pattern stage compiles with.
     * @param stage       the pattern stage, for live bars and stored rules.
     * @param chartConfig the chart patterns' zig-zag, the same as the stage's.
     */
    public PatternValidation(final FeatureCatalog catalog, final PatternStage stage, final ChartConfig chartConfig)
    {
        this.catalog = catalog;
        this.stage = stage;
        this.validator = new PatternValidator(catalog, chartConfig);
    }

    /**
     * Answers one validation request. Any thread; allocates; CPU-bound and bounded by {@link #MAX_CANDLES}.
     *
     * @throws ApiException 400 naming the field at fault, 403 for another user's rules, 404 for a live symbol and
     *                      timeframe without bars.
     */
    public Response validate(final Request request)
    {
        final PatternValidationRequest body = Json.read(request, PatternValidationRequest.class);
        final CandleSeries candles = body.symbol() == null ? candles(body) : live(body);
        final List<RulePattern> rules = rules(request, body);
        final List<String> patterns = patterns(body.patterns());
        final PatternSelection selection;
        final List<PatternMatch> matches;
        final long start = System.nanoTime();
        try
        {
            selection = PatternSelection.of(patterns, rules);
            matches = validator.validate(candles, patterns, rules);
        }
        catch (final IllegalArgumentException ex)
        {
            throw FeatureRefusals.badRequest(ex, Map.of(), "");
        }
        final long micros = (System.nanoTime() - start) / 1000;
        return new Response(200, Response.JSON, PatternAnswer.write(candles, matches, selection.candlesticks().size() +
            selection.charts().size() + selection.rules().size(), micros), Map.of());
    }

    private CandleSeries live(final PatternValidationRequest body)
    {
        if (body.candles() != null)
        {
            throw ApiException.badRequest("symbol", "give either candles, or symbol and timeframe; not both");
        }
        final Timeframe timeframe = FeatureRefusals.timeframe(body.timeframe(), "timeframe");
        final int count = body.count() == null ? RecentBars.CAPACITY : body.count();
        if (count < 1 || count > RecentBars.CAPACITY)
        {
            throw ApiException.badRequest("count", "count must be 1 to " + RecentBars.CAPACITY + ", was " + count);
        }
        final CandleSeries bars = stage.recentBars(body.symbol(), timeframe, count);
        if (bars == null || bars.size() == 0)
        {
            throw ApiException.notFound("no closed " + timeframe + " bars of symbol '" + body.symbol() + "' yet");
        }
        return bars;
    }

    private static CandleSeries candles(final PatternValidationRequest body)
    {
        if (body.timeframe() != null || body.count() != null)
        {
            throw ApiException.badRequest(body.timeframe() != null ? "timeframe" : "count",
                "timeframe and count go with symbol, for a live symbol's bars");
        }
        final List<PatternValidationRequest.Candle> candles = body.candles();
        if (candles == null)
        {
            throw new ApiException(400, "missing_field", "give candles, or symbol and timeframe", "candles");
        }
        if (candles.isEmpty() || candles.size() > MAX_CANDLES)
        {
            throw ApiException.badRequest("candles", "candles must hold 1 to " + MAX_CANDLES + " candles, got " +
                candles.size());
        }
        final int n = candles.size();
        final long[] time = new long[n];
        final double[][] ohlcv = new double[5][n];
        for (int i = 0; i < n; i++)
        {
            final PatternValidationRequest.Candle candle = candles.get(i);
            if (candle == null || candle.time() == null || candle.open() == null || candle.high() == null ||
                candle.low() == null || candle.close() == null)
            {
                refuseMissing(candle, "candles[" + i + "]");
            }
            time[i] = time(candle.time(), i);
            ohlcv[0][i] = candle.open();
            ohlcv[1][i] = candle.high();
            ohlcv[2][i] = candle.low();
            ohlcv[3][i] = candle.close();
            ohlcv[4][i] = candle.volume() == null ? 0 : candle.volume();
            if (!validCandle(ohlcv, i) || i > 0 && time[i] <= time[i - 1])
            {
                refuseCandle(ohlcv, time, i);
            }
        }
        try
        {
            return new CandleSeries(time, ohlcv[0], ohlcv[1], ohlcv[2], ohlcv[3], ohlcv[4]);
        }
        catch (final IllegalArgumentException ex)
        {
            throw FeatureRefusals.badRequest(ex, Map.of(), "");
        }
    }

    /** Refuses a candle with a missing required field, naming it. */
    private static void refuseMissing(final PatternValidationRequest.Candle candle, final String at)
    {
        Json.require(candle, at);
        Json.require(candle.time(), at + ".time");
        Json.require(candle.open(), at + ".open");
        Json.require(candle.high(), at + ".high");
        Json.require(candle.low(), at + ".low");
        Json.require(candle.close(), at + ".close");
    }

    /** @return true when candle {@code i} is finite and consistent: low <= open, close <= high; volume >= 0. */
    private static boolean validCandle(final double[][] ohlcv, final int i)
    {
        final double open = ohlcv[0][i];
        final double high = ohlcv[1][i];
        final double low = ohlcv[2][i];
        final double close = ohlcv[3][i];
        final double volume = ohlcv[4][i];
        return Double.isFinite(open) && Double.isFinite(high) && Double.isFinite(low) && Double.isFinite(close) &&
            low <= high && open >= low && open <= high && close >= low && close <= high &&
            Double.isFinite(volume) && volume >= 0;
    }

    /** Says what is wrong with candle {@code i}, naming the field (only called for a bad one). */
    private static void refuseCandle(final double[][] ohlcv, final long[] time, final int i)
    {
        final String at = "candles[" + i + "]";
        final String[] names = {"open", "high", "low", "close"};
        for (int f = 0; f < names.length; f++)
        {
            if (!Double.isFinite(ohlcv[f][i]))
            {
                throw ApiException.badRequest(at + "." + names[f], at + "." + names[f] + " must be a finite number");
            }
        }
        final double open = ohlcv[0][i];
        final double high = ohlcv[1][i];
        final double low = ohlcv[2][i];
        final double close = ohlcv[3][i];
        if (high < low)
        {
            throw ApiException.badRequest(at + ".high", at + ".high " + high + " is below the low " + low);
        }
        if (open < low || open > high)
        {
            throw ApiException.badRequest(at + ".open", at + ".open " + open + " is outside low " + low +
                " .. high " + high);
        }
        if (close < low || close > high)
        {
            throw ApiException.badRequest(at + ".close", at + ".close " + close + " is outside low " + low +
                " .. high " + high);
        }
        if (!Double.isFinite(ohlcv[4][i]) || ohlcv[4][i] < 0)
        {
            throw ApiException.badRequest(at + ".volume", at + ".volume must be a finite number >= 0");
        }
        throw ApiException.badRequest(at + ".time", at + ".time must be after candles[" + (i - 1) + "].time");
    }

    /** @return epoch nanoseconds of candle {@code i}'s time; the field is named only when it is refused. */
    private static long time(final JsonNode time, final int i)
    {
        if (time.isIntegralNumber() && time.canConvertToLong())
        {
            final long millis = time.asLong();
            if (millis > -Long.MAX_VALUE / NANOS_PER_MILLI && millis < Long.MAX_VALUE / NANOS_PER_MILLI)
            {
                return millis * NANOS_PER_MILLI;
            }
        }
        return time(time, "candles[" + i + "].time");
    }

    /** @return epoch nanoseconds of an ISO-8601 string or epoch milliseconds. */
    static long time(final JsonNode time, final String field)
    {
        if (time == null || time.isNull())
        {
            throw new ApiException(400, "missing_field", "field '" + field + "' is required", field);
        }
        try
        {
            if (time.isIntegralNumber() && time.canConvertToLong())
            {
                return Math.multiplyExact(time.asLong(), NANOS_PER_MILLI);
            }
            if (time.isTextual())
            {
                final Instant instant = instant(time.asText());
                return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND),
                    instant.getNano());
            }
        }
        catch (final DateTimeParseException | ArithmeticException ex)
        {
            throw ApiException.badRequest(field, field + " '" + time.asText() + "' is not a time: " +
                ex.getMessage());
        }
        throw new ApiException(400, "wrong_type", "field '" + field + "' has the wrong type: expected an " +
            "ISO-8601 string such as 2024-01-02T09:30:00Z or epoch milliseconds", field);
    }

    private static Instant instant(final String text)
    {
        try
        {
            return Instant.parse(text);
        }
        catch (final DateTimeParseException ex)
        {
            return OffsetDateTime.parse(text).toInstant();
        }
    }

    private List<RulePattern> rules(final Request request, final PatternValidationRequest body)
    {
        final List<RulePattern> rules = new ArrayList<>();
        if (body.userId() != null)
        {
            request.requireOwner(body.userId());
            rules.addAll(stage.rulesOf(body.userId()));
        }
        final List<PatternValidationRequest.Rule> adHoc = body.rules() == null ? List.of() : body.rules();
        if (adHoc.size() > MAX_RULES)
        {
            throw ApiException.badRequest("rules", "at most " + MAX_RULES + " rules, got " + adHoc.size());
        }
        final Set<String> names = new HashSet<>();
        rules.forEach(rule -> names.add(rule.name()));
        for (int i = 0; i < adHoc.size(); i++)
        {
            final String at = "rules[" + i + "]";
            final PatternValidationRequest.Rule rule = Json.require(adHoc.get(i), at);
            final RulePattern checked;
            try
            {
                checked = new RulePattern(AD_HOC_USER, Json.require(rule.name(), at + ".name"),
                    Json.require(rule.expression(), at + ".expression"), List.of(), List.of());
                checked.compile(catalog);
            }
            catch (final IllegalArgumentException ex)
            {
                throw FeatureRefusals.badRequest(ex, PatternRuleRequest.RENAMES, at + ".");
            }
            if (!names.add(checked.name()))
            {
                throw ApiException.badRequest(at + ".name", "a rule named '" + checked.name() +
                    "' is already among the rules of this validation");
            }
            rules.add(checked);
        }
        return rules;
    }

    private static List<String> patterns(final List<String> patterns)
    {
        if (patterns == null)
        {
            return List.of();
        }
        for (int i = 0; i < patterns.size(); i++)
        {
            Json.require(patterns.get(i), "patterns[" + i + "]");
        }
        return patterns;
    }

    /** @return epoch nanoseconds as an ISO-8601 UTC string. */
    static String iso(final long nanos)
    {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND))
            .toString();
    }
}
