package io.tradingcore.market;

import org.junit.jupiter.api.Test;

import static io.tradingcore.market.Recorded.nanos;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeframeTest
{
    @Test
    void parsesNamesInAnyCase()
    {
        assertThat(Timeframe.parse("M1")).isEqualTo(Timeframe.M1);
        assertThat(Timeframe.parse("m5")).isEqualTo(Timeframe.M5);
        assertThat(Timeframe.parse(" h4 ")).isEqualTo(Timeframe.H4);
        assertThat(Timeframe.parse("D1")).isEqualTo(Timeframe.D1);
    }

    @Test
    void rejectsUnknownNameListingTheValidOnes()
    {
        assertThatThrownBy(() -> Timeframe.parse("W1"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("unknown timeframe 'W1'; valid: M1, M5, M15, M30, H1, H4, D1");
        assertThatThrownBy(() -> Timeframe.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codesAreStableAndRoundTrip()
    {
        final int[] expected = {0, 1, 2, 3, 4, 5, 6};
        final Timeframe[] values = Timeframe.values();
        for (int i = 0; i < values.length; i++)
        {
            assertThat(values[i].code()).isEqualTo((byte)expected[i]);
            assertThat(Timeframe.fromCode(values[i].code())).isEqualTo(values[i]);
        }
        assertThat(Timeframe.D1.code()).isEqualTo((byte)6);
        assertThatThrownBy(() -> Timeframe.fromCode(7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Timeframe.fromCode(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void periodsHaveTheirLength()
    {
        assertThat(Timeframe.M15.nanos()).isEqualTo(15 * 60 * 1_000_000_000L);
        assertThat(Timeframe.H4.nanos()).isEqualTo(4 * 3600 * 1_000_000_000L);
        assertThat(Timeframe.D1.nanos()).isEqualTo(86_400 * 1_000_000_000L);
    }

    @Test
    void openTimeFloorsToThePeriodInUtc()
    {
        final long t = nanos("2024-03-05T19:47:12.345Z");
        assertThat(Timeframe.M1.openTime(t)).isEqualTo(nanos("2024-03-05T19:47:00Z"));
        assertThat(Timeframe.M5.openTime(t)).isEqualTo(nanos("2024-03-05T19:45:00Z"));
        assertThat(Timeframe.M15.openTime(t)).isEqualTo(nanos("2024-03-05T19:45:00Z"));
        assertThat(Timeframe.M30.openTime(t)).isEqualTo(nanos("2024-03-05T19:30:00Z"));
        assertThat(Timeframe.H1.openTime(t)).isEqualTo(nanos("2024-03-05T19:00:00Z"));
        assertThat(Timeframe.H4.openTime(t)).isEqualTo(nanos("2024-03-05T16:00:00Z"));
        assertThat(Timeframe.D1.openTime(t)).isEqualTo(nanos("2024-03-05T00:00:00Z"));
    }

    @Test
    void openTimeOfABoundaryIsItselfAndFloorsBeforeTheEpoch()
    {
        final long boundary = nanos("2024-03-05T08:00:00Z");
        assertThat(Timeframe.H4.openTime(boundary)).isEqualTo(boundary);
        assertThat(Timeframe.H4.openTime(boundary - 1)).isEqualTo(nanos("2024-03-05T04:00:00Z"));
        assertThat(Timeframe.D1.openTime(-1)).isEqualTo(nanos("1969-12-31T00:00:00Z"));
    }
}
