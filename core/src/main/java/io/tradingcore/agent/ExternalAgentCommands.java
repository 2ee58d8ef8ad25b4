package io.tradingcore.agent;

import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.Event;
import org.agrona.collections.Long2ObjectHashMap;
import org.agrona.collections.Object2IntHashMap;

import java.util.List;

/**
 * Applies the external-agent commands (codes 20-23) of the agent stage to its registry and learning, at the
 * command's event time. Results: OK; INVALID for a payload that fails {@link AgentCommands} validation or a signal
 * for a symbol outside the agent's symbols; NOT_FOUND for an unregistered agent id or a symbol the engine has not
 * defined; FAILED for a new registration when every slot is taken. Logic thread only; allocates (commands do).
 */
final class ExternalAgentCommands
{
    private final ExternalAgents externals;
    private final Learning learning;
    private final int firstSlot;
    private final Long2ObjectHashMap<AgentSeries> series;
    private final List<String> symbolNames;
    private final Object2IntHashMap<String> symbolIds;

    /**
     * @param firstSlot   learning slot of external slot 0 (the number of built-in agents).
     * @param series      the stage's series, whose pending votes of a deregistered agent are dropped.
     * @param symbolNames symbol names by id (live).
     * @param symbolIds   symbol ids by name (live).
     */
    ExternalAgentCommands(final ExternalAgents externals, final Learning learning, final int firstSlot,
        final Long2ObjectHashMap<AgentSeries> series, final List<String> symbolNames,
        final Object2IntHashMap<String> symbolIds)
    {
        this.externals = externals;
        this.learning = learning;
        this.firstSlot = firstSlot;
        this.series = series;
        this.symbolNames = symbolNames;
        this.symbolIds = symbolIds;
    }

    /**
     * Applies an external-agent command, setting {@link Event#commandHandled} and {@link Event#commandResult}.
     *
     * @return false (and nothing changed) if the command is not an agent command.
     */
    boolean onCommand(final Event event)
    {
        final int type = event.commandType;
        if (type < CommandType.AGENT_REGISTER || type > CommandType.AGENT_HEARTBEAT)
        {
            return false;
        }
        event.commandHandled = true;
        final long time = event.timeNanos;
        try
        {
            event.commandResult = switch (type)
            {
                case CommandType.AGENT_REGISTER ->
                    register(AgentCommands.decodeRegister(event.payload, event.payloadLength), time);
                case CommandType.AGENT_DEREGISTER ->
                    deregister(AgentCommands.decodeId(event.payload, event.payloadLength));
                case CommandType.AGENT_SIGNAL ->
                    signal(AgentCommands.decodeSignal(event.payload, event.payloadLength), time);
                default -> heartbeat(AgentCommands.decodeId(event.payload, event.payloadLength), time);
            };
        }
        catch (final IllegalArgumentException ex)
        {
            event.commandResult = CommandResult.INVALID;
        }
        return true;
    }

    private int register(final AgentCommands.Register register, final long time)
    {
        int slot = externals.find(register.id());
        if (slot >= 0)
        {
            externals.update(slot, register, time, symbolNames);
            learning.initialWeight(firstSlot + slot, register.weight());
            return CommandResult.OK;
        }
        slot = externals.add(register, time);
        if (slot < 0)
        {
            return CommandResult.FAILED;
        }
        learning.reset(firstSlot + slot, register.weight());
        return CommandResult.OK;
    }

    private int deregister(final String id)
    {
        final int slot = externals.find(id);
        if (slot < 0)
        {
            return CommandResult.NOT_FOUND;
        }
        externals.remove(slot);
        for (final AgentSeries state : series.values())
        {
            state.pending.clear(firstSlot + slot);
        }
        return CommandResult.OK;
    }

    private int signal(final AgentCommands.ExternalSignal signal, final long time)
    {
        final int slot = externals.find(signal.id());
        final int symbolId = symbolIds.getValue(signal.symbol());
        if (slot < 0 || symbolId < 0)
        {
            return CommandResult.NOT_FOUND;
        }
        if (!externals.registration(slot).covers(signal.symbol()))
        {
            return CommandResult.INVALID;
        }
        externals.signal(slot, symbolId, signal, time);
        return CommandResult.OK;
    }

    private int heartbeat(final String id, final long time)
    {
        final int slot = externals.find(id);
        if (slot < 0)
        {
            return CommandResult.NOT_FOUND;
        }
        externals.heartbeat(slot, time);
        return CommandResult.OK;
    }
}
