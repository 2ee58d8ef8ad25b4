package io.tradingcore.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradingcore.pattern.CandleSeries;
import io.tradingcore.pattern.PatternMatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Candle series for the pattern route tests, as JSON, and matches reduced to comparable lines. Test thread. */
final class PatternCandles
{
    /** Open time of the first candle, epoch milliseconds. */
    static final long T0_MILLIS = 1_700_000_040_000L;
    /** One candle's period. */
    static final long MINUTE_MILLIS = 60_000L;

    private PatternCandles()
    {
    }

    /** A random walk of {@code n} one-minute candles from {@link #T0_MILLIS}. */
    static CandleSeries walk(final int n, final long seed)
    {
        final Random random = new Random(seed);
        final long[] time = new long[n];
        final double[][] ohlcv = new double[5][n];
        double price = 100;
        for (int i = 0; i < n; i++)
        {
            final double open = price;
            final double close = Math.max(1, open + random.nextGaussian() * (random.nextInt(5) == 0 ? 0.02 : 1.0));
            time[i] = (T0_MILLIS + i * MINUTE_MILLIS) * 1_000_000L;
            ohlcv[0][i] = open;
            ohlcv[1][i] = Math.max(open, close) + Math.abs(random.nextGaussian()) * 0.6;
            ohlcv[2][i] = Math.min(open, close) - Math.abs(random.nextGaussian()) * 0.6;
            ohlcv[3][i] = close;
            ohlcv[4][i] = random.nextInt(1000);
            price = close;
        }
        return new CandleSeries(time, ohlcv[0], ohlcv[1], ohlcv[2], ohlcv[3], ohlcv[4]);
    }

    /** @return the series as a JSON array of candles, times as epoch milliseconds or ISO-8601 strings. */
    static String candles(final CandleSeries series, final boolean iso)
    {
        final StringBuilder json = new StringBuilder(series.size() * 96).append('[');
        for (int i = 0; i < series.size(); i++)
        {
            final long millis = series.time()[i] / 1_000_000L;
            json.append(i == 0 ? "" : ",").append("{\"time\":")
                .append(iso ? "\"" + Instant.ofEpochMilli(millis) + "\"" : Long.toString(millis))
                .append(",\"open\":").append(series.open()[i]).append(",\"high\":").append(series.high()[i])
                .append(",\"low\":").append(series.low()[i]).append(",\"close\":").append(series.close()[i])
                .append(",\"volume\":").append(series.volume()[i]).append('}');
        }
        return json.append(']').toString();
    }

    /** @return one comparable line per match. */
    static List<String> summaries(final List<PatternMatch> matches)
    {
        final List<String> summaries = new ArrayList<>();
        for (final PatternMatch match : matches)
        {
            summaries.add(match.kind().id() + " " + match.pattern() + " " + match.index() + " " + match.timeNanos() +
                " " + match.signal() + " " + match.direction() + " " + match.confidence() + " " +
                match.pivots().size());
        }
        return summaries;
    }

    /** @return one comparable line per match of a validation answer, as {@link #summaries(List)} makes it. */
    static List<String> summaries(final JsonNode answer)
    {
        final List<String> summaries = new ArrayList<>();
        for (final JsonNode match : answer.get("matches"))
        {
            summaries.add(match.get("kind").asText() + " " + match.get("pattern").asText() + " " +
                match.get("index").asInt() + " " + match.get("timeNanos").asLong() + " " +
                match.get("signal").asInt() + " " + match.get("direction").asInt() + " " +
                match.get("confidence").asDouble() + " " + (match.has("pivots") ? match.get("pivots").size() : 0));
        }
        return summaries;
    }

}
