package io.tradingcore.agent;

import java.util.List;
import java.util.Map;

/**
 * Reads and validates the YAML parameters of one {@link AgentSpec} for {@link Agents#create}: every error names the
 * key as {@code agents[index].key}. Single use, on the thread that builds the config.
 */
final class AgentParams
{
    private final Map<String, String> params;
    private final int index;

    /**
     * @param validKeys the kind's parameter names.
     * @throws IllegalArgumentException for a key the kind does not have, listing the valid keys.
     */
    AgentParams(final AgentSpec spec, final int index, final List<String> validKeys)
    {
        this.params = spec.params();
        this.index = index;
        for (final String key : params.keySet())
        {
            if (!validKeys.contains(key))
            {
                throw error(key, "unknown parameter of a " + spec.kind() + " agent; valid keys are " +
                    (validKeys.isEmpty() ? "none" : String.join(", ", validKeys)));
            }
        }
    }

    /** @return the integer parameter {@code key} in [min, max], or {@code defaultValue} when absent. */
    int integer(final String key, final int defaultValue, final int min, final int max)
    {
        final String text = params.get(key);
        if (text == null)
        {
            return defaultValue;
        }
        final int value;
        try
        {
            value = Integer.parseInt(text.trim());
        }
        catch (final NumberFormatException ex)
        {
            throw error(key, "'" + text + "' is not an integer");
        }
        if (value < min || value > max)
        {
            throw error(key, "must be " + min + ".." + max + ", got " + value);
        }
        return value;
    }

    /** @return the number parameter {@code key} in [min, max], or {@code defaultValue} when absent. */
    double number(final String key, final double defaultValue, final double min, final double max)
    {
        final String text = params.get(key);
        if (text == null)
        {
            return defaultValue;
        }
        final double value;
        try
        {
            value = Double.parseDouble(text.trim());
        }
        catch (final NumberFormatException ex)
        {
            throw error(key, "'" + text + "' is not a number");
        }
        if (!(value >= min && value <= max))
        {
            throw error(key, "must be in [" + min + ", " + max + "], got " + text.trim());
        }
        return value;
    }

    /** @return the text parameter {@code key}, or {@code defaultValue} when absent. */
    String text(final String key, final String defaultValue)
    {
        return params.getOrDefault(key, defaultValue);
    }

    /** @return an exception {@code agents[index].key: message}. */
    IllegalArgumentException error(final String key, final String message)
    {
        return new IllegalArgumentException("agents[" + index + "]." + key + ": " + message);
    }
}
