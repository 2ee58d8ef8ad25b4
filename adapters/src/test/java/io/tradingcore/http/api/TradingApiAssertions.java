package io.tradingcore.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradingcore.http.ApiHarness;
import io.tradingcore.http.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assertions shared by the route tests of this package: successful and refused responses (the standard error
 * body naming the field), bounded waits for the engine, and a byte search of the journal files. Test thread.
 */
final class TradingApiAssertions
{
    private TradingApiAssertions()
    {
    }

    /** @return the JSON body of a 200 or 201 response. */
    static JsonNode ok(final HttpResponse<String> response)
    {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return parse(response);
    }

    /** @return the JSON body of {@code response}. */
    static JsonNode parse(final HttpResponse<String> response)
    {
        try
        {
            return Json.MAPPER.readTree(response.body());
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    /** Asserts {@code status} with the error body {@code {"error","message","field"}} naming {@code field}. */
    static void assertRefused(final HttpResponse<String> response, final int status, final String field)
    {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        final JsonNode body = parse(response);
        assertThat(body.get("error").asText()).isNotBlank();
        assertThat(body.get("message").asText()).isNotBlank();
        if (field != null)
        {
            assertThat(body.get("field").asText()).as(response.body()).isEqualTo(field);
        }
    }

    /** Waits, sleeping 5 ms between checks, until {@code condition} holds; fails after {@link ApiHarness#WAIT}. */
    static void await(final BooleanSupplier condition)
    {
        final long deadline = System.nanoTime() + ApiHarness.WAIT.toNanos();
        while (!condition.getAsBoolean())
        {
            assertThat(System.nanoTime()).as("condition not met within " + ApiHarness.WAIT).isLessThan(deadline);
            try
            {
                Thread.sleep(5);
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }
    }

    /** @return true when some file of the journal under {@code dir} holds {@code text} as UTF-8 bytes. */
    static boolean journalContains(final Path dir, final String text)
    {
        final byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dir.resolve("journal")))
        {
            return files.filter(Files::isRegularFile).anyMatch(file -> contains(read(file), needle));
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    private static byte[] read(final Path file)
    {
        try
        {
            return Files.readAllBytes(file);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    private static boolean contains(final byte[] haystack, final byte[] needle)
    {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++)
        {
            for (int j = 0; j < needle.length; j++)
            {
                if (haystack[i + j] != needle[j])
                {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
