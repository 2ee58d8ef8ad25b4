package io.tradingcore.agent;

import io.tradingcore.event.Event;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

class AgentCommandsTest
{
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[Event.MAX_PAYLOAD]);

    @Test
    void roundTripsEveryCommand()
    {
        final AgentCommands.Register register = new AgentCommands.Register("ml-1", "Gradient boosting é", "ml",
            List.of("BTCUSD", "ETHUSD"), 1.5);
        assertThat(AgentCommands.decodeRegister(buffer, AgentCommands.encodeRegister(register, buffer)))
            .isEqualTo(register);
        final AgentCommands.ExternalSignal signal = new AgentCommands.ExternalSignal("ml-1", "BTCUSD", -1, 0.25,
            0.75);
        assertThat(AgentCommands.decodeSignal(buffer, AgentCommands.encodeSignal(signal, buffer))).isEqualTo(signal);
        assertThat(AgentCommands.decodeId(buffer, AgentCommands.encodeId("a.b_c-9", buffer))).isEqualTo("a.b_c-9");
    }

    @Test
    void layoutIsLittleEndianWithLengthPrefixedStrings()
    {
        // version 1 | id "x" (01 00 'x') | symbol "S" (01 00 'S') | direction ff | strength f64 | confidence f64
        final int length = AgentCommands.encodeSignal(new AgentCommands.ExternalSignal("x", "S", -1, 0.5, 1.0),
            buffer);
        assertThat(length).isEqualTo(1 + 3 + 3 + 1 + 8 + 8);
        assertThat(buffer.getByte(0)).isEqualTo((byte)1);
        assertThat(buffer.getByte(1)).isEqualTo((byte)1);
        assertThat(buffer.getByte(2)).isEqualTo((byte)0);
        assertThat(buffer.getByte(3)).isEqualTo((byte)'x');
        assertThat(buffer.getByte(7)).isEqualTo((byte)-1);
        assertThat(buffer.getDouble(8, java.nio.ByteOrder.LITTLE_ENDIAN)).isEqualTo(0.5);
    }

    @Test
    void signalsRoundTripForAnyValidValues()
    {
        qt().withExamples(500).forAll(integers().between(-1, 1), doubles().between(0, 1), doubles().between(0, 1))
            .checkAssert((direction, strength, confidence) ->
            {
                final AgentCommands.ExternalSignal signal = new AgentCommands.ExternalSignal("agent", "EURUSD",
                    direction, strength, confidence);
                assertThat(AgentCommands.decodeSignal(buffer, AgentCommands.encodeSignal(signal, buffer)))
                    .isEqualTo(signal);
            });
    }

    @Test
    void rejectsInvalidFieldsNamingThem()
    {
        assertThatThrownBy(() -> new AgentCommands.Register("bad id", "n", "k", List.of(), 1))
            .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("id: ");
        assertThatThrownBy(() -> new AgentCommands.Register("a".repeat(33), "n", "k", List.of(), 1))
            .hasMessageStartingWith("id: ");
        assertThatThrownBy(() -> new AgentCommands.Register("a", "n".repeat(65), "k", List.of(), 1))
            .hasMessageStartingWith("name: ");
        assertThatThrownBy(() -> new AgentCommands.Register("a", "n", "k".repeat(33), List.of(), 1))
            .hasMessageStartingWith("kind: ");
        assertThatThrownBy(() -> new AgentCommands.Register("a", "n", "k", List.of("X", "X"), 1))
            .hasMessage("symbols: a symbol is listed twice");
        assertThatThrownBy(() -> new AgentCommands.Register("a", "n", "k", List.of(), 0))
            .hasMessage("weight: must be > 0 and finite, got 0.0");
        assertThatThrownBy(() -> new AgentCommands.ExternalSignal("a", "S", 2, 0, 0))
            .hasMessage("direction: must be -1, 0 or 1, got 2");
        assertThatThrownBy(() -> new AgentCommands.ExternalSignal("a", "S", 1, 1.5, 0))
            .hasMessage("strength: must be in [0, 1], got 1.5");
        assertThatThrownBy(() -> new AgentCommands.ExternalSignal("a", "S", 1, 0, Double.NaN))
            .hasMessage("confidence: must be in [0, 1], got NaN");
    }

    @Test
    void rejectsMoreThanSixteenSymbols()
    {
        final List<String> symbols = new ArrayList<>();
        for (int i = 0; i < 17; i++)
        {
            symbols.add("S" + i);
        }
        assertThatThrownBy(() -> new AgentCommands.Register("a", "n", "k", symbols, 1))
            .hasMessage("symbols: at most 16, got 17");
    }

    @Test
    void decodingValidatesTruncatedAndOversizedPayloads()
    {
        final int length = AgentCommands.encodeSignal(new AgentCommands.ExternalSignal("x", "S", 1, 0.5, 0.5),
            buffer);
        assertThatThrownBy(() -> AgentCommands.decodeSignal(buffer, length - 1))
            .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("confidence: missing");
        assertThatThrownBy(() -> AgentCommands.decodeSignal(buffer, length + 2))
            .hasMessage("payload: 2 bytes after the end of the agent command");
        buffer.putDouble(8, 7.0, java.nio.ByteOrder.LITTLE_ENDIAN);
        assertThatThrownBy(() -> AgentCommands.decodeSignal(buffer, length))
            .hasMessage("strength: must be in [0, 1], got 7.0");
        buffer.putByte(0, (byte)9);
        assertThatThrownBy(() -> AgentCommands.decodeId(buffer, length)).hasMessageStartingWith("version: ");
        assertThatThrownBy(() -> AgentCommands.decodeId(buffer, 0)).hasMessageStartingWith("version: missing");
    }
}
