package io.tradingcore.http.api;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tradingcore.http.Json;
import io.tradingcore.pattern.CandleSeries;
import io.tradingcore.pattern.PatternMatch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The JSON answer of a pattern validation, written with Jackson's streaming generator. Stateless; any thread. */
final class PatternAnswer
{
    private PatternAnswer()
    {
    }

    /**
     * Writes the answer {@code {matches, candles, patterns, micros}} with Jackson's streaming generator: a 500-candle
     * request has a thousand matches or more, and building a map per match then serialising it cost as much as the
     * validation. Each candle's ISO time is formatted once, however many matches it has.
     */
    static byte[] write(final CandleSeries candles, final List<PatternMatch> matches, final int patterns,
        final long micros)
    {
        final String[] times = new String[candles.size()];
        final ByteArrayOutputStream out = new ByteArrayOutputStream(64 + matches.size() * 160);
        try (JsonGenerator json = Json.MAPPER.getFactory().createGenerator(out))
        {
            json.writeStartObject();
            json.writeArrayFieldStart("matches");
            for (final PatternMatch match : matches)
            {
                json.writeStartObject();
                json.writeNumberField("index", match.index());
                json.writeStringField("time", time(times, match.index(), match.timeNanos()));
                json.writeNumberField("timeNanos", match.timeNanos());
                json.writeStringField("pattern", match.pattern());
                json.writeStringField("kind", match.kind().id());
                json.writeNumberField("signal", match.signal());
                json.writeNumberField("direction", match.direction());
                json.writeNumberField("confidence", match.confidence());
                if (!match.pivots().isEmpty())
                {
                    writePivots(json, times, match.pivots());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeNumberField("candles", candles.size());
            json.writeNumberField("patterns", patterns);
            json.writeNumberField("micros", micros);
            json.writeEndObject();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    private static void writePivots(final JsonGenerator json, final String[] times,
        final List<PatternMatch.Pivot> pivots) throws IOException
    {
        json.writeArrayFieldStart("pivots");
        for (final PatternMatch.Pivot pivot : pivots)
        {
            json.writeStartObject();
            json.writeNumberField("index", pivot.index());
            json.writeStringField("time", time(times, pivot.index(), pivot.timeNanos()));
            json.writeNumberField("timeNanos", pivot.timeNanos());
            json.writeNumberField("price", pivot.price());
            json.writeBooleanField("high", pivot.high());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** @return candle {@code index}'s ISO time, formatted on first use. */
    private static String time(final String[] times, final int index, final long nanos)
    {
        if (index < 0 || index >= times.length)
        {
            return PatternValidation.iso(nanos);
        }
        if (times[index] == null)
        {
            times[index] = PatternValidation.iso(nanos);
        }
        return times[index];
    }
}
