package io.tradingcore.app;

import io.tradingcore.http.auth.SecretBox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code tradingcore seal}: encrypts a secret configuration value (e.g. {@code bridge.secret}) with AES-256-GCM
 * under the master key in {@code TC_MASTER_KEY}, bound to its key so it cannot be moved to another one; the
 * printed {@code enc:v1:...} value goes into the YAML file or the environment and the daemon opens it at start.
 * {@code --new-master-key} prints a fresh random master key. The plain value is read from standard input, so it
 * never appears in the shell history or the process list.
 */
@Command(
    name = "seal",
    mixinStandardHelpOptions = true,
    description = {
        "Encrypt a secret configuration value for the YAML file or the environment: reads the value from",
        "standard input and prints enc:v1:... sealed with TC_MASTER_KEY for --key. With --new-master-key,",
        "prints a new random master key (base64) to put in TC_MASTER_KEY instead."
    })
final class SealCommand implements Callable<Integer>
{
    @Option(names = "--key", paramLabel = "KEY", description = "The configuration key the value is for, e.g. "
        + "bridge.secret.")
    String key;

    @Option(names = "--new-master-key", description = "Print a new random 256-bit master key.")
    boolean newMasterKey;

    @Override
    public Integer call() throws Exception
    {
        if (newMasterKey)
        {
            final byte[] master = new byte[32];
            new SecureRandom().nextBytes(master);
            System.out.println(Base64.getEncoder().encodeToString(master));
            return 0;
        }
        if (key == null || key.isBlank())
        {
            System.err.println("seal: --key KEY is required (the configuration key the value is for)");
            return 2;
        }
        final Optional<SecretBox> box = SecretBox.fromEnvironment(System.getenv());
        if (box.isEmpty())
        {
            System.err.println("seal: set " + SecretBox.MASTER_KEY_ENV + " to the master key first " +
                "(tradingcore seal --new-master-key makes one)");
            return 2;
        }
        final String value = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (value == null || value.isEmpty())
        {
            System.err.println("seal: no value on standard input");
            return 2;
        }
        System.out.println(box.get().seal(value, SealedValues.sealContext(key)));
        return 0;
    }
}
