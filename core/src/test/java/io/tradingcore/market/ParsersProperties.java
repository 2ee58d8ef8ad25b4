package io.tradingcore.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The allocation-free number and time parsers agree with the JDK's.
 */
class ParsersProperties
{
    private static final long MIN_NANOS = Instant.parse("1678-01-01T00:00:00Z").getEpochSecond() * 1_000_000_000L;
    private static final long MAX_NANOS = Instant.parse("2261-12-31T23:59:59Z").getEpochSecond() * 1_000_000_000L;

    @Property(tries = 1000)
    void numbersParseToTheSameDoubleAsTheJdk(@ForAll("finiteDoubles") final double value)
    {
        assertParsesLikeJdk(Double.toString(value));
        assertParsesLikeJdk(new BigDecimal(Double.toString(value)).toPlainString());
    }

    @Property(tries = 1000)
    void numberLikeTextIsANumberExactlyWhenTheJdkSaysSo(
        @ForAll @StringLength(max = 24) @NumericChars @Chars({'.', '-', '+', 'e', 'E'}) final String text)
    {
        Double jdk;
        try
        {
            jdk = Double.parseDouble(text);
        }
        catch (final NumberFormatException ex)
        {
            jdk = null;
        }
        final double parsed = Numbers.parse(text.toCharArray(), 0, text.length());
        if (jdk == null)
        {
            assertThat(parsed).isNaN();
        }
        else
        {
            assertThat(Double.doubleToRawLongBits(parsed)).as(text).isEqualTo(Double.doubleToRawLongBits(jdk));
        }
    }

    @Example
    void nanLiteralIsRecognisedInAnyCase()
    {
        assertThat(Numbers.isNaN("nAn".toCharArray(), 0, 3)).isTrue();
        assertThat(Numbers.isNaN("nab".toCharArray(), 0, 3)).isFalse();
        assertThat(Numbers.parse("1.5x".toCharArray(), 0, 4)).isNaN();
        assertThat(Numbers.parse("1e".toCharArray(), 0, 2)).isNaN();
    }

    @Property(tries = 1000)
    void isoInstantsParseToTheirEpochNanos(@ForAll("epochNanos") final long nanos, @ForAll("offsets") final int offset)
    {
        final Instant instant = Instant.ofEpochSecond(0, nanos);
        assertThat(parseDateTime(instant.toString())).isEqualTo(nanos);
        final String withOffset = OffsetDateTime.ofInstant(instant, ZoneOffset.ofTotalSeconds(offset)).toString();
        assertThat(parseDateTime(withOffset)).as(withOffset).isEqualTo(nanos);
    }

    @Example
    void rejectsMalformedTimes()
    {
        for (final String bad : new String[] {"", "2024-01-02T", "2024-01-02x10:00", "2024-02-30", "2023-02-29",
            "2024-01-02T10:00:60", "2024-01-02T10:00:00.1234567890Z", "2024-01-02T10:00+19:00", "2024-1-02",
            "2024-01-02T10:00:00ZZ", "3000-01-01", "2024.01-02"})
        {
            assertThat(parseDateTime(bad)).as(bad).isEqualTo(DateTimes.INVALID);
        }
        assertThat(parseDateTime("2024-02-29T23:59:59.999999999-00:30"))
            .isEqualTo(Recorded.nanos("2024-03-01T00:29:59.999999999Z"));
    }

    @Example
    void epochNumbersPickTheirUnitByMagnitude()
    {
        assertThat(epoch("9000000000")).isEqualTo(9_000_000_000L * 1_000_000_000L);
        assertThat(epoch("99999999999")).as("seconds beyond 2262").isEqualTo(DateTimes.INVALID);
        assertThat(epoch("100000000000")).isEqualTo(100_000_000_000L * 1_000_000L);
        assertThat(epoch("100000000000000")).isEqualTo(100_000_000_000_000L * 1_000L);
        assertThat(epoch("100000000000000000")).isEqualTo(100_000_000_000_000_000L);
        assertThat(epoch("1.0000000019")).isEqualTo(1_000_000_001L);
        assertThat(epoch("1000000000000.5")).isEqualTo(1_000_000_000_000_500_000L);
        assertThat(epoch("9999999999999999999")).isEqualTo(DateTimes.INVALID);
        assertThat(epoch("")).isEqualTo(DateTimes.INVALID);
        assertThat(epoch("1.")).isEqualTo(DateTimes.INVALID);
        assertThat(epoch("1.5e3")).isEqualTo(DateTimes.INVALID);
    }

    @Provide
    Arbitrary<Double> finiteDoubles()
    {
        final Arbitrary<Double> anyBits = Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
        return Arbitraries.oneOf(anyBits, Arbitraries.doubles().ofScale(6));
    }

    @Provide
    Arbitrary<Long> epochNanos()
    {
        return Arbitraries.longs().between(MIN_NANOS, MAX_NANOS);
    }

    @Provide
    Arbitrary<Integer> offsets()
    {
        return Arbitraries.integers().between(-18 * 60, 18 * 60).map(minutes -> minutes * 60);
    }

    private static void assertParsesLikeJdk(final String text)
    {
        final double parsed = Numbers.parse(text.toCharArray(), 0, text.length());
        assertThat(Double.doubleToRawLongBits(parsed)).as(text)
            .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
    }

    private static long parseDateTime(final String text)
    {
        return DateTimes.parseDateTime(text.toCharArray(), 0, text.length());
    }

    private static long epoch(final String text)
    {
        return DateTimes.parseEpochByMagnitude(text.toCharArray(), 0, text.length());
    }
}
