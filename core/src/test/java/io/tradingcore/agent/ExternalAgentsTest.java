package io.tradingcore.agent;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExternalAgentsTest
{
    private static final long S = 1_000_000_000L;
    private static final List<String> SYMBOLS = List.of("BTCUSD", "ETHUSD");

    private final ExternalAgents agents = new ExternalAgents(ExternalConfig.ofMillis(30_000, 300_000, 3));

    private static AgentCommands.Register register(final String id, final String... symbols)
    {
        return new AgentCommands.Register(id, "name " + id, "ml", List.of(symbols), 1.0);
    }

    private static AgentCommands.ExternalSignal signal(final String id, final int direction)
    {
        return new AgentCommands.ExternalSignal(id, "BTCUSD", direction, 0.5, 0.9);
    }

    @Test
    void registersInTheLowestFreeSlot()
    {
        assertThat(agents.add(register("a"), 0)).isZero();
        assertThat(agents.add(register("b"), 0)).isEqualTo(1);
        assertThat(agents.add(register("c"), 0)).isEqualTo(2);
        assertThat(agents.add(register("d"), 0)).as("full").isEqualTo(-1);
        agents.remove(agents.find("b"));
        assertThat(agents.find("b")).isEqualTo(-1);
        assertThat(agents.registration(1)).isNull();
        assertThat(agents.add(register("d"), 0)).isEqualTo(1);
        assertThat(agents.find("d")).isEqualTo(1);
    }

    @Test
    void aSignalIsLiveUntilTheAgentGoesStaleOrTheSignalExpires()
    {
        agents.ensureSymbols(2);
        final int slot = agents.add(register("a"), 0);
        agents.signal(slot, 0, signal("a", 1), 10 * S);
        assertThat(agents.live(slot, 0, 10 * S)).isTrue();
        assertThat(agents.live(slot, 1, 10 * S)).as("no signal for ETHUSD").isFalse();
        assertThat(agents.direction(slot, 0)).isEqualTo((byte)1);
        assertThat(agents.confidence(slot, 0)).isEqualTo(0.9);
        // seen at 10 s: stale only when more than 30 s have passed
        assertThat(agents.live(slot, 0, 40 * S)).isTrue();
        assertThat(agents.stale(slot, 40 * S + 1)).isTrue();
        assertThat(agents.live(slot, 0, 40 * S + 1)).isFalse();
        // a heartbeat makes it live again; the signal itself lives 300 s
        agents.heartbeat(slot, 300 * S);
        assertThat(agents.live(slot, 0, 310 * S)).isTrue();
        agents.heartbeat(slot, 311 * S);
        assertThat(agents.live(slot, 0, 311 * S)).as("signal older than the TTL").isFalse();
        assertThat(agents.signalsReceived(slot)).isEqualTo(1);
        assertThat(agents.lastSignalTime(slot)).isEqualTo(10 * S);
        assertThat(agents.lastSeen(slot)).isEqualTo(311 * S);
    }

    @Test
    void anUpdateDropsSignalsOfSymbolsNoLongerCovered()
    {
        agents.ensureSymbols(2);
        final int slot = agents.add(register("a"), 0);
        agents.signal(slot, 0, signal("a", -1), S);
        agents.signal(slot, 1, new AgentCommands.ExternalSignal("a", "ETHUSD", 1, 1, 1), S);
        agents.update(slot, register("a", "ETHUSD"), 2 * S, SYMBOLS);
        assertThat(agents.live(slot, 0, 2 * S)).isFalse();
        assertThat(agents.live(slot, 1, 2 * S)).isTrue();
        assertThat(agents.registration(slot).symbols()).containsExactly("ETHUSD");
    }

    @Test
    void keepsSignalsWhenSymbolsAreAdded()
    {
        agents.ensureSymbols(1);
        final int slot = agents.add(register("a"), 0);
        agents.signal(slot, 0, signal("a", 1), S);
        agents.ensureSymbols(40);
        assertThat(agents.live(slot, 0, S)).isTrue();
        assertThat(agents.direction(slot, 0)).isEqualTo((byte)1);
        assertThat(agents.live(slot, 39, S)).isFalse();
    }

    @Test
    void restoresRegistrationsTimesAndSignals() throws IOException
    {
        agents.ensureSymbols(2);
        agents.add(register("a"), 0);
        final int b = agents.add(register("b", "BTCUSD"), S);
        agents.remove(0);
        agents.signal(b, 0, signal("b", -1), 5 * S);
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        agents.writeState(new DataOutputStream(bytes));
        final ExternalAgents restored = new ExternalAgents(ExternalConfig.ofMillis(30_000, 300_000, 3));
        restored.readState(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(restored.registration(0)).isNull();
        assertThat(restored.registration(b)).isEqualTo(register("b", "BTCUSD"));
        assertThat(restored.find("b")).isEqualTo(b);
        assertThat(restored.find("a")).isEqualTo(-1);
        assertThat(restored.live(b, 0, 6 * S)).isTrue();
        assertThat(restored.direction(b, 0)).isEqualTo((byte)-1);
        assertThat(restored.lastSeen(b)).isEqualTo(5 * S);
        assertThat(restored.signalsReceived(b)).isEqualTo(1);
        assertThat(restored.add(register("c"), 9 * S)).as("the freed slot is reused").isZero();
    }
}
