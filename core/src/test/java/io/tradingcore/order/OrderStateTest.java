package io.tradingcore.order;

import org.junit.jupiter.api.Test;

import static io.tradingcore.order.OrderState.ACKED;
import static io.tradingcore.order.OrderState.CANCELLED;
import static io.tradingcore.order.OrderState.EXPIRED;
import static io.tradingcore.order.OrderState.FILLED;
import static io.tradingcore.order.OrderState.NEW;
import static io.tradingcore.order.OrderState.PARTIALLY_FILLED;
import static io.tradingcore.order.OrderState.REJECTED;
import static io.tradingcore.order.OrderState.SENT;
import static org.assertj.core.api.Assertions.assertThat;

class OrderStateTest
{
    /**
     * The transition table of the brief, written out by hand: row = from, column = to, in code order
     * NEW SENT ACKED PARTIALLY_FILLED FILLED CANCELLED REJECTED EXPIRED.
     */
    private static final String[] TABLE = {
        "01000110", // NEW -> SENT, CANCELLED, REJECTED
        "00111111", // SENT -> ACKED, PARTIALLY_FILLED, FILLED, CANCELLED, REJECTED, EXPIRED
        "00111101", // ACKED -> ACKED, PARTIALLY_FILLED, FILLED, CANCELLED, EXPIRED
        "00011101", // PARTIALLY_FILLED -> PARTIALLY_FILLED, FILLED, CANCELLED, EXPIRED
        "00000000", // FILLED
        "00000000", // CANCELLED
        "00000000", // REJECTED
        "00000000", // EXPIRED
    };

    @Test
    void allowsExactlyTheTransitionsOfTheTable()
    {
        for (int from = 0; from < OrderState.COUNT; from++)
        {
            for (int to = 0; to < OrderState.COUNT; to++)
            {
                final boolean expected = TABLE[from].charAt(to) == '1';
                assertThat(OrderState.allowed(from, to))
                    .as("%s -> %s", OrderState.name(from), OrderState.name(to))
                    .isEqualTo(expected);
            }
        }
    }

    @Test
    void nothingLeavesATerminalState()
    {
        for (final int terminal : new int[]{FILLED, CANCELLED, REJECTED, EXPIRED})
        {
            assertThat(OrderState.isTerminal(terminal)).isTrue();
            for (int to = 0; to < OrderState.COUNT; to++)
            {
                assertThat(OrderState.allowed(terminal, to)).isFalse();
            }
        }
        for (final int working : new int[]{NEW, SENT, ACKED, PARTIALLY_FILLED})
        {
            assertThat(OrderState.isTerminal(working)).isFalse();
        }
    }

    @Test
    void unknownCodesAreNeitherAllowedNorTerminal()
    {
        assertThat(OrderState.allowed(-1, SENT)).isFalse();
        assertThat(OrderState.allowed(NEW, 8)).isFalse();
        assertThat(OrderState.allowed(40, 41)).isFalse();
        assertThat(OrderState.isTerminal(8)).isFalse();
        assertThat(OrderState.isTerminal(-3)).isFalse();
    }

    @Test
    void namesEveryState()
    {
        assertThat(OrderState.name(NEW)).isEqualTo("NEW");
        assertThat(OrderState.name(SENT)).isEqualTo("SENT");
        assertThat(OrderState.name(ACKED)).isEqualTo("ACKED");
        assertThat(OrderState.name(PARTIALLY_FILLED)).isEqualTo("PARTIALLY_FILLED");
        assertThat(OrderState.name(FILLED)).isEqualTo("FILLED");
        assertThat(OrderState.name(CANCELLED)).isEqualTo("CANCELLED");
        assertThat(OrderState.name(REJECTED)).isEqualTo("REJECTED");
        assertThat(OrderState.name(EXPIRED)).isEqualTo("EXPIRED");
        assertThat(OrderState.name(9)).isEqualTo("UNKNOWN(9)");
    }
}
