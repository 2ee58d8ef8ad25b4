package io.tradingcore.market;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.oneOf;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The allocation-free number and time parsers agree with the JDK's.
 */
class ParsersProperties
{
    private static final long MIN_NANOS = Instant.parse("1678-01-01T00:00:00Z").getEpochSecond() * 1_000_000_000L;
    private static final long MAX_NANOS = Instant.parse("2261-12-31T23:59:59Z").getEpochSecond() * 1_000_000_000L;

    @Test
    void numbersParseToTheSameDoubleAsTheJdk()
    {
        qt().withExamples(1000).forAll(finiteDoubles()).checkAssert(value ->
        {
            assertParsesLikeJdk(Double.toString(value));
            assertParsesLikeJdk(new BigDecimal(Double.toString(value)).toPlainString());
        });
    }

    @Test
    void numberLikeTextIsANumberExactlyWhenTheJdkSaysSo()
    {
        qt().withExamples(1000).forAll(numberLikeText()).checkAssert(ParsersProperties::assertIsANumberLikeTheJdk);
    }

    private static void assertIsANumberLikeTheJdk(final String text)
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

    @Test
    void nanLiteralIsRecognisedInAnyCase()
    {
        assertThat(Numbers.isNaN("nAn".toCharArray(), 0, 3)).isTrue();
        assertThat(Numbers.isNaN("nab".toCharArray(), 0, 3)).isFalse();
        assertThat(Numbers.parse("1.5x".toCharArray(), 0, 4)).isNaN();
        assertThat(Numbers.parse("1e".toCharArray(), 0, 2)).isNaN();
    }

    @Test
    void isoInstantsParseToTheirEpochNanos()
    {
        qt().withExamples(1000).forAll(epochNanos(), offsets()).checkAssert((nanos, offset) ->
        {
            final Instant instant = Instant.ofEpochSecond(0, nanos);
            assertThat(parseDateTime(instant.toString())).isEqualTo(nanos);
            final String withOffset = OffsetDateTime.ofInstant(instant, ZoneOffset.ofTotalSeconds(offset)).toString();
            assertThat(parseDateTime(withOffset)).as(withOffset).isEqualTo(nanos);
        });
    }

    @Test
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

    @Test
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

    /** Any finite double (any bit pattern), or any with at most six decimal places. */
    private static Gen<Double> finiteDoubles()
    {
        return oneOf(anyFiniteDouble(), decimals(6));
    }

    /** Every bit pattern but NaN and the infinities, so both zeros, subnormals and +-{@link Double#MAX_VALUE}. */
    private static Gen<Double> anyFiniteDouble()
    {
        final Gen<Boolean> negative = booleans().all();
        final Gen<Long> magnitudeBits = longs().between(0, Double.doubleToRawLongBits(Double.MAX_VALUE));
        return in ->
        {
            final long bits = magnitudeBits.generate(in);
            return Double.longBitsToDouble(negative.generate(in) ? bits | Long.MIN_VALUE : bits);
        };
    }

    /**
     * Finite doubles with at most {@code scale} decimal places, from -{@link Double#MAX_VALUE} to
     * {@link Double#MAX_VALUE}: short decimals of up to 18 significant digits, and any finite double rounded to
     * the scale (which covers the magnitudes beyond 1e18, all integers).
     */
    private static Gen<Double> decimals(final int scale)
    {
        final Gen<Integer> digits = integers().between(0, 18);
        final Gen<Double> shortDecimals = in ->
        {
            final long bound = BigInteger.TEN.pow(digits.generate(in)).longValueExact();
            return BigDecimal.valueOf(longs().between(-bound, bound).generate(in), scale).doubleValue();
        };
        return oneOf(shortDecimals,
            anyFiniteDouble().map(value -> new BigDecimal(value).setScale(scale, RoundingMode.HALF_EVEN).doubleValue()));
    }

    /** Up to 24 characters of digits, '.', '-', '+', 'e' and 'E'. */
    private static Gen<String> numberLikeText()
    {
        return Gens.strings(arbitrary().pick("0123456789.-+eE".chars().mapToObj(c -> (char)c).toList()), 24);
    }

    /** Epoch nanoseconds from 1678 to 2261, the range a long of nanoseconds covers. */
    private static Gen<Long> epochNanos()
    {
        return longs().between(MIN_NANOS, MAX_NANOS);
    }

    /** Zone offsets in whole minutes, from -18:00 to +18:00. */
    private static Gen<Integer> offsets()
    {
        return integers().between(-18 * 60, 18 * 60).map(minutes -> minutes * 60);
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
