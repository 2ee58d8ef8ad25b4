package io.tradingcore.agent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An immutable copy of the external agents' registry for {@link LiveVotesView}: each slot's registration, when it was
 * last seen and its latest signal per symbol (flat arrays, slot-major), plus the symbol names by id. Built by the
 * agent stage's logic thread on commands, SYMBOL events and restores (allocates); read by any thread.
 */
final class Externals
{
    /** No symbols, no agents. */
    static final Externals EMPTY = new Externals(List.of(), new AgentCommands.Register[0], new long[0],
        new byte[0], new double[0], new double[0], new long[0], List.of());

    private static final long NONE = Long.MIN_VALUE;

    final List<String> symbolNames;
    final List<LiveVotesView.ExternalAgent> agents;
    private final AgentCommands.Register[] registrations;
    private final long[] lastSeen;
    private final byte[] directions;
    private final double[] strengths;
    private final double[] confidences;
    private final long[] times;

    private Externals(final List<String> symbolNames, final AgentCommands.Register[] registrations,
        final long[] lastSeen, final byte[] directions, final double[] strengths, final double[] confidences,
        final long[] times, final List<LiveVotesView.ExternalAgent> agents)
    {
        this.symbolNames = symbolNames;
        this.registrations = registrations;
        this.lastSeen = lastSeen;
        this.directions = directions;
        this.strengths = strengths;
        this.confidences = confidences;
        this.times = times;
        this.agents = agents;
    }

    /** @return a copy of {@code registry} with {@code names} (symbol names by id). Logic thread; allocates. */
    static Externals of(final ExternalAgents registry, final List<String> names)
    {
        final List<String> symbolNames = List.copyOf(names);
        final int slots = registry.capacity();
        final int symbols = symbolNames.size();
        final AgentCommands.Register[] registrations = new AgentCommands.Register[slots];
        final long[] lastSeen = new long[slots];
        final byte[] directions = new byte[slots * symbols];
        final double[] strengths = new double[slots * symbols];
        final double[] confidences = new double[slots * symbols];
        final long[] times = new long[slots * symbols];
        final List<LiveVotesView.ExternalAgent> agents = new ArrayList<>();
        for (int slot = 0; slot < slots; slot++)
        {
            registrations[slot] = registry.registration(slot);
            if (registrations[slot] == null)
            {
                continue;
            }
            lastSeen[slot] = registry.lastSeen(slot);
            final List<LiveVotesView.ExternalSignal> signals = new ArrayList<>();
            for (int symbol = 0; symbol < symbols; symbol++)
            {
                final int index = slot * symbols + symbol;
                times[index] = registry.signalTime(slot, symbol);
                if (times[index] == NONE)
                {
                    continue;
                }
                directions[index] = registry.direction(slot, symbol);
                strengths[index] = registry.strength(slot, symbol);
                confidences[index] = registry.confidence(slot, symbol);
                signals.add(new LiveVotesView.ExternalSignal(symbolNames.get(symbol), directions[index],
                    strengths[index], confidences[index], times[index]));
            }
            agents.add(new LiveVotesView.ExternalAgent(ExternalAgents.FIRST_ID + slot, registrations[slot],
                lastSeen[slot], Collections.unmodifiableList(signals)));
        }
        return new Externals(symbolNames, registrations, lastSeen, directions, strengths, confidences, times,
            Collections.unmodifiableList(agents));
    }

    /**
     * Appends to {@code out} the signal for {@code symbolId} of every agent that counts at {@code nowNanos}, as
     * {@link ExternalAgents#live} decides, with the weight and reliability {@code out} holds for its slot. Any thread.
     */
    void appendLive(final int symbolId, final long nowNanos, final ExternalConfig limits, final LiveVotes out)
    {
        final int symbols = symbolNames.size();
        if (nowNanos == NONE || symbolId < 0 || symbolId >= symbols)
        {
            return;
        }
        for (int slot = 0; slot < registrations.length; slot++)
        {
            final AgentCommands.Register registration = registrations[slot];
            final int index = slot * symbols + symbolId;
            if (registration == null || nowNanos - lastSeen[slot] > limits.staleAfterNanos() ||
                times[index] == NONE || nowNanos - times[index] > limits.signalTtlNanos())
            {
                continue;
            }
            out.set(out.count, ExternalAgents.FIRST_ID + slot, registration.id(), directions[index],
                strengths[index], confidences[index], out.slotWeights[slot], out.slotReliabilities[slot]);
            out.count++;
        }
    }
}
