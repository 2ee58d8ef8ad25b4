package io.tradingcore.app;

import io.tradingcore.http.auth.SecretBox;

import java.util.Map;
import java.util.Optional;

/**
 * Sealed configuration values: a value of the YAML file, the environment or the command line may be
 * {@code enc:v1:...} (AES-256-GCM, made by {@code tradingcore seal}); it is opened at load with the master key in
 * {@code TC_MASTER_KEY}, and opens only for the key it was sealed for. Stateless; any thread.
 */
final class SealedValues
{
    private SealedValues()
    {
    }

    /**
     * Opens every sealed value ({@code enc:v1:...}, made by {@code tradingcore seal}) with the master key in
     * {@code TC_MASTER_KEY}; the plain value exists only in memory.
     *
     * @throws ConfigException naming the key when there is no master key or the value does not open.
     */
    static void open(final Map<String, String> values, final Map<String, String> origins,
        final Map<String, String> env)
    {
        final Optional<SecretBox> box = values.values().stream().anyMatch(SecretBox::isSealed) ?
            SecretBox.fromEnvironment(env) : Optional.empty();
        for (final Map.Entry<String, String> entry : values.entrySet())
        {
            if (!SecretBox.isSealed(entry.getValue()))
            {
                continue;
            }
            final String where = "key '" + entry.getKey() + "' (from " + origins.get(entry.getKey()) + ")";
            if (box.isEmpty())
            {
                throw new DaemonConfig.ConfigException(where + " is sealed but " + SecretBox.MASTER_KEY_ENV +
                    " is not set");
            }
            try
            {
                entry.setValue(box.get().open(entry.getValue(), sealContext(entry.getKey())));
            }
            catch (final IllegalArgumentException ex)
            {
                throw new DaemonConfig.ConfigException(where + ": " + ex.getMessage());
            }
        }
    }

    /** @return the context a sealed value of {@code key} is bound to, so it opens only for that key. */
    static String sealContext(final String key)
    {
        return "config:" + key;
    }
}
