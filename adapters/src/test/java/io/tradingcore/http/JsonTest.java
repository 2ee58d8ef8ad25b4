package io.tradingcore.http;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Strict request bodies: every client mistake is a 400 that names the field. */
final class JsonTest
{
    record Candle(Long time, Double high, Double low)
    {
        Candle
        {
            if (high != null && low != null && high < low)
            {
                throw ApiException.badRequest("high", "high " + high + " is below low " + low);
            }
        }
    }

    record Body(String symbol, Integer count, Boolean live, List<Candle> candles)
    {
    }

    private static Request request(final String body)
    {
        return new Request("POST", "/x", "/x", Map.of(), Map.of(), Map.of(), body.getBytes(StandardCharsets.UTF_8),
            "127.0.0.1:1", null);
    }

    private static ApiException refusal(final String body)
    {
        try
        {
            Json.read(request(body), Body.class);
        }
        catch (final ApiException ex)
        {
            return ex;
        }
        throw new AssertionError("accepted " + body);
    }

    @Test
    void readsAValidBody()
    {
        final Body body = Json.read(request("{\"symbol\":\"EURUSD\",\"count\":3,\"live\":true," +
            "\"candles\":[{\"time\":1,\"high\":2.5,\"low\":1}]}"), Body.class);
        assertThat(body).isEqualTo(new Body("EURUSD", 3, true, List.of(new Candle(1L, 2.5, 1.0))));
    }

    @Test
    void namesTheFieldOfEachKindOfMistake()
    {
        assertThat(refusal("{\"symbol\":\"A\",\"colour\":1}")).extracting(ApiException::error, ApiException::field)
            .containsExactly("unknown_field", "colour");
        assertThat(refusal("{\"count\":\"3\"}")).extracting(ApiException::error, ApiException::field)
            .containsExactly("wrong_type", "count");
        assertThat(refusal("{\"count\":2.5}")).extracting(ApiException::error, ApiException::field)
            .containsExactly("wrong_type", "count");
        assertThat(refusal("{\"symbol\":5}")).extracting(ApiException::error, ApiException::field)
            .containsExactly("wrong_type", "symbol");
        assertThat(refusal("{\"symbol\":true}").error()).isEqualTo("wrong_type");
        assertThat(refusal("{\"live\":1}")).extracting(ApiException::error, ApiException::field)
            .containsExactly("wrong_type", "live");
        assertThat(refusal("{\"candles\":[{\"time\":1},{\"time\":\"x\"}]}"))
            .extracting(ApiException::error, ApiException::field).containsExactly("wrong_type", "candles[1].time");
        assertThat(refusal("{\"candles\":[{\"high\":1,\"low\":2}]}"))
            .extracting(ApiException::error, ApiException::field).containsExactly("invalid_value", "high");
        assertThat(refusal("{\"symbol\":")).extracting(ApiException::error, ApiException::status)
            .containsExactly("malformed_json", 400);
        assertThat(refusal("{\"symbol\":\"A\",\"symbol\":\"B\"}").error()).isEqualTo("malformed_json");
        assertThat(refusal("[1,2]")).extracting(ApiException::error, ApiException::field)
            .containsExactly("wrong_type", "body");
        assertThat(refusal("{} {}").error()).isEqualTo("malformed_json");
        assertThat(refusal("").error()).isEqualTo("missing_body");
        assertThat(refusal("null").error()).isEqualTo("missing_body");
    }

    @Test
    void requireRefusesMissingAndEmptyValues()
    {
        assertThat(Json.require("x", "symbol")).isEqualTo("x");
        assertThatThrownBy(() -> Json.require(null, "symbol")).isInstanceOf(ApiException.class)
            .hasMessage("field 'symbol' is required");
        assertThatThrownBy(() -> Json.require(" ", "symbol")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> Json.require(List.of(), "candles")).isInstanceOf(ApiException.class);
    }

    @Test
    void objectAcceptsOnlyAJsonObject()
    {
        assertThat(Json.object(request("{\"a\":{\"b\":1}}")).path("a").path("b").asInt()).isEqualTo(1);
        assertThatThrownBy(() -> Json.object(request("[1]"))).isInstanceOf(ApiException.class)
            .hasMessage("the request body must be a JSON object");
    }
}
