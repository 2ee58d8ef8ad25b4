package io.tradingcore.http.api;

import io.tradingcore.agent.ConsensusMethod;
import io.tradingcore.agent.ConsensusResult;
import io.tradingcore.http.ApiException;
import io.tradingcore.market.Timeframe;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON vocabulary shared by the agent and decision routes: directions as {@code BUY}/{@code SELL}/{@code FLAT},
 * consensus methods by name, times as ISO-8601 UTC strings beside epoch nanoseconds, NaN as null, and the checks
 * that turn a bad value into a 400 naming its field. Stateless; any thread.
 */
final class ConsensusJson
{
    /** The direction names, by direction + 1. */
    private static final List<String> DIRECTIONS = List.of("SELL", "FLAT", "BUY");

    private ConsensusJson()
    {
    }

    /** @return {@code BUY} for &gt; 0, {@code SELL} for &lt; 0, {@code FLAT} for 0. */
    static String direction(final int direction)
    {
        return DIRECTIONS.get(Integer.signum(direction) + 1);
    }

    /**
     * @return +1, -1 or 0 for {@code BUY}, {@code SELL} or {@code FLAT} (exactly, upper case).
     * @throws ApiException 400 naming {@code field} for anything else.
     */
    static byte direction(final String text, final String field)
    {
        final int index = DIRECTIONS.indexOf(text);
        if (index < 0)
        {
            throw ApiException.badRequest(field, "field '" + field + "' must be BUY, SELL or FLAT, got '" + text + "'");
        }
        return (byte)(index - 1);
    }

    /**
     * @return the method code of {@code weighted}, {@code majority} or {@code bayesian} (lower case).
     * @throws ApiException 400 naming {@code field} for anything else.
     */
    static byte method(final String text, final String field)
    {
        if (text == null || !text.equals(text.toLowerCase(Locale.ROOT)))
        {
            throw ApiException.badRequest(field, "field '" + field + "' must be weighted, majority or bayesian, got '" +
                text + "'");
        }
        try
        {
            return ConsensusMethod.parse(text);
        }
        catch (final IllegalArgumentException ex)
        {
            throw ApiException.badRequest(field, "field '" + field +
                "' must be weighted, majority or bayesian, got '" + text + "'");
        }
    }

    /**
     * @return the timeframe named {@code text}, e.g. {@code M5}.
     * @throws ApiException 400 naming {@code field} for an unknown name.
     */
    static Timeframe timeframe(final String text, final String field)
    {
        try
        {
            return Timeframe.parse(text);
        }
        catch (final IllegalArgumentException ex)
        {
            throw ApiException.badRequest(field, ex.getMessage());
        }
    }

    /** @return {@code value}, checked to be in [0, 1]; 400 naming {@code field} otherwise. */
    static double unit(final double value, final String field)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw ApiException.badRequest(field, "field '" + field + "' must be in [0, 1], got " + value);
        }
        return value;
    }

    /** @return {@code value}, checked to be &gt; 0 and at most {@code max}; 400 naming {@code field} otherwise. */
    static double positive(final double value, final double max, final String field)
    {
        if (!(value > 0 && value <= max))
        {
            throw ApiException.badRequest(field, "field '" + field + "' must be > 0 and <= " + max + ", got " + value);
        }
        return value;
    }

    /** @return {@code value}, or null for NaN and infinities (JSON has no such numbers). */
    static Double number(final double value)
    {
        return Double.isFinite(value) ? value : null;
    }

    /** @return the ISO-8601 UTC form of epoch {@code nanos}, or null for {@link Long#MIN_VALUE} (never). */
    static String time(final long nanos)
    {
        return nanos == Long.MIN_VALUE ? null : Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L),
            Math.floorMod(nanos, 1_000_000_000L)).toString();
    }

    /** @return epoch {@code nanos}, or null for {@link Long#MIN_VALUE} (never). */
    static Long nanos(final long nanos)
    {
        return nanos == Long.MIN_VALUE ? null : nanos;
    }

    /** Puts the consensus outcome fields of {@code result} (computed with {@code method}) into {@code out}. */
    static void outcome(final byte method, final ConsensusResult result, final Map<String, Object> out)
    {
        out.put("method", ConsensusMethod.name(method));
        out.put("direction", direction(result.direction));
        out.put("score", result.score);
        out.put("agreement", result.agreement);
        out.put("confidence", result.confidence);
    }
}
