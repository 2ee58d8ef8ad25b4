package io.tradingcore.feature;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class MinMaxWindowTest
{
    @Test
    void equalsAFullRescanOfTheWindow()
    {
        final SplittableRandom random = new SplittableRandom(7);
        final double[] values = new double[5_000];
        for (int i = 0; i < values.length; i++)
        {
            values[i] = random.nextInt(40) / 4.0;
        }
        for (final int period : new int[] {1, 2, 3, 17, 250})
        {
            final MinMaxWindow highest = MinMaxWindow.highest(period);
            final MinMaxWindow lowest = MinMaxWindow.lowest(period);
            for (int i = 0; i < values.length; i++)
            {
                double max = values[i];
                double min = values[i];
                for (int j = Math.max(0, i - period + 1); j < i; j++)
                {
                    max = Math.max(max, values[j]);
                    min = Math.min(min, values[j]);
                }
                assertThat(highest.push(values[i])).as("max period %d at %d", period, i).isEqualTo(max);
                assertThat(lowest.push(values[i])).as("min period %d at %d", period, i).isEqualTo(min);
                assertThat(highest.count()).isEqualTo(i + 1);
            }
        }
    }

    @Test
    void snapshotContinuesExactly() throws IOException
    {
        final SplittableRandom random = new SplittableRandom(11);
        final MinMaxWindow uninterrupted = MinMaxWindow.highest(9);
        final MinMaxWindow before = MinMaxWindow.highest(9);
        for (int i = 0; i < 100; i++)
        {
            final double value = random.nextDouble();
            uninterrupted.push(value);
            before.push(value);
        }
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        before.writeState(new DataOutputStream(bytes));
        final MinMaxWindow after = MinMaxWindow.highest(9);
        after.readState(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(after.value()).isEqualTo(uninterrupted.value());
        for (int i = 0; i < 100; i++)
        {
            final double value = random.nextDouble();
            assertThat(after.push(value)).isEqualTo(uninterrupted.push(value));
        }
    }
}
