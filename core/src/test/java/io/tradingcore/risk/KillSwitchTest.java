package io.tradingcore.risk;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KillSwitchTest
{
    @Test
    void startsReleasedAndNeverChanged()
    {
        final KillSwitch killSwitch = new KillSwitch();
        assertThat(killSwitch.engaged()).isFalse();
        assertThat(killSwitch.reason()).isEqualTo(KillSwitch.NONE);
        assertThat(killSwitch.sinceNanos()).isEqualTo(KillSwitch.NEVER);
        assertThat(killSwitch.trips()).isZero();
    }

    @Test
    void engagesAndReleasesWithEventTime()
    {
        final KillSwitch killSwitch = new KillSwitch();
        assertThat(killSwitch.engage(KillSwitch.MANUAL, 100)).isTrue();
        assertThat(killSwitch.engaged()).isTrue();
        assertThat(killSwitch.reason()).isEqualTo(KillSwitch.MANUAL);
        assertThat(killSwitch.sinceNanos()).isEqualTo(100);
        assertThat(killSwitch.release(250)).isTrue();
        assertThat(killSwitch.engaged()).isFalse();
        assertThat(killSwitch.reason()).isEqualTo(KillSwitch.NONE);
        assertThat(killSwitch.sinceNanos()).isEqualTo(250);
        assertThat(killSwitch.release(300)).isFalse();
        assertThat(killSwitch.sinceNanos()).isEqualTo(250);
    }

    @Test
    void engagingAnEngagedSwitchKeepsTheFirstTrip()
    {
        final KillSwitch killSwitch = new KillSwitch();
        killSwitch.engage(KillSwitch.DAILY_LOSS, 100);
        assertThat(killSwitch.engage(KillSwitch.MANUAL, 200)).isFalse();
        assertThat(killSwitch.reason()).isEqualTo(KillSwitch.DAILY_LOSS);
        assertThat(killSwitch.sinceNanos()).isEqualTo(100);
        assertThat(killSwitch.trips()).isEqualTo(1);
    }

    @Test
    void countsTripsAndAllowsReleasingADailyLossTrip()
    {
        final KillSwitch killSwitch = new KillSwitch();
        killSwitch.engage(KillSwitch.DAILY_LOSS, 1);
        assertThat(killSwitch.release(2)).isTrue();
        killSwitch.engage(KillSwitch.MANUAL, 3);
        killSwitch.release(4);
        killSwitch.engage(KillSwitch.DAILY_LOSS, 5);
        assertThat(killSwitch.trips()).isEqualTo(3);
    }

    @Test
    void refusesOtherReasons()
    {
        final KillSwitch killSwitch = new KillSwitch();
        assertThatThrownBy(() -> killSwitch.engage(RiskReason.RATE_LIMIT, 1))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MANUAL or DAILY_LOSS");
        assertThatThrownBy(() -> killSwitch.engage(KillSwitch.NONE, 1))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(killSwitch.engaged()).isFalse();
    }

    @Test
    void namesReasons()
    {
        assertThat(KillSwitch.reasonName(KillSwitch.MANUAL)).isEqualTo("MANUAL");
        assertThat(KillSwitch.reasonName(KillSwitch.DAILY_LOSS)).isEqualTo("DAILY_LOSS");
        assertThat(KillSwitch.reasonName(KillSwitch.NONE)).isEqualTo("NONE");
        assertThat(KillSwitch.reasonName(42)).isEqualTo("UNKNOWN(42)");
    }

    @Test
    void stateRoundTrips() throws IOException
    {
        final KillSwitch killSwitch = new KillSwitch();
        killSwitch.engage(KillSwitch.MANUAL, 10);
        killSwitch.release(20);
        killSwitch.engage(KillSwitch.DAILY_LOSS, 30);
        final KillSwitch restored = new KillSwitch();
        restored.readState(input(bytes(killSwitch)));
        assertThat(restored.engaged()).isTrue();
        assertThat(restored.reason()).isEqualTo(KillSwitch.DAILY_LOSS);
        assertThat(restored.sinceNanos()).isEqualTo(30);
        assertThat(restored.trips()).isEqualTo(2);
        assertThat(restored.release(40)).isTrue();
    }

    @Test
    void refusesStateWithAReasonThatDoesNotMatch() throws IOException
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final DataOutputStream out = new DataOutputStream(bytes);
        out.writeBoolean(false);
        out.writeInt(KillSwitch.MANUAL);
        out.writeLong(0);
        out.writeLong(0);
        assertThatThrownBy(() -> new KillSwitch().readState(input(bytes.toByteArray())))
            .isInstanceOf(IOException.class).hasMessageContaining("released");
    }

    private static byte[] bytes(final KillSwitch killSwitch) throws IOException
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        killSwitch.writeState(new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    private static DataInputStream input(final byte[] bytes)
    {
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }
}
