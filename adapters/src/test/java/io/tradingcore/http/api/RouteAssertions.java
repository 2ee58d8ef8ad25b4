package io.tradingcore.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradingcore.http.ApiHarness;
import io.tradingcore.http.Json;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Response checks and bounded waits shared by the route tests of this package. Test thread. */
final class RouteAssertions
{
    private RouteAssertions()
    {
    }

    /** @return the JSON body, after checking the status (the body is the failure's description). */
    static JsonNode body(final HttpResponse<String> response, final int status) throws IOException
    {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Json.MAPPER.readTree(response.body());
    }

    /** @return the 400 error body, after checking its error code and field. */
    static JsonNode refused(final HttpResponse<String> response, final String error, final String field)
        throws IOException
    {
        final JsonNode body = body(response, 400);
        assertThat(body.get("error").asText()).as(response.body()).isEqualTo(error);
        assertThat(body.get("field").asText()).as(response.body()).isEqualTo(field);
        return body;
    }

    /** Waits until {@code condition} holds, at most {@link ApiHarness#WAIT}. */
    static void await(final BooleanSupplier condition)
    {
        final long deadline = System.nanoTime() + ApiHarness.WAIT.toNanos();
        while (!condition.getAsBoolean())
        {
            if (System.nanoTime() > deadline)
            {
                throw new AssertionError("not within " + ApiHarness.WAIT);
            }
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
}
