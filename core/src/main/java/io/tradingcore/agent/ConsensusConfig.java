package io.tradingcore.agent;

/**
 * How the agent stage combines the votes on one closed bar (YAML {@code consensus:}). Immutable.
 *
 * @param method a {@link ConsensusMethod} code (YAML {@code consensus.method}).
 */
public record ConsensusConfig(byte method)
{
    /**
     * @throws IllegalArgumentException naming {@code consensus.method} if the code is not a method.
     */
    public ConsensusConfig
    {
        if (!ConsensusMethod.isValid(method))
        {
            throw new IllegalArgumentException("consensus.method must be weighted, majority or bayesian, got code " +
                method);
        }
    }

    /** @return the weighted consensus. */
    public static ConsensusConfig defaults()
    {
        return new ConsensusConfig(ConsensusMethod.WEIGHTED);
    }
}
