package io.tradingcore.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tradingcore.engine.EngineConfig;
import io.tradingcore.feature.FeatureSet;
import io.tradingcore.http.HttpConfig;
import io.tradingcore.journal.Fsync;
import io.tradingcore.market.ImportFormat;
import io.tradingcore.market.OnError;
import io.tradingcore.market.ReplayFeed;
import io.tradingcore.market.Timeframe;
import io.tradingcore.mt5.BridgeConfig;
import io.tradingcore.pattern.chart.ChartConfig;
import io.tradingcore.pattern.chart.ZigZagThreshold;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The daemon's configuration, immutable once built. Layers, each overriding the one before: the
 * built-in defaults ({@code ops/tradingcore.yaml}, packaged in the jar), the YAML file given with
 * {@code --config}, environment variables ({@code TC_} + key in upper case with {@code .} and {@code -}
 * as {@code _}), and command-line options. Unknown keys and bad values fail with the key's name and
 * where it came from.
 *
 * @param engine          engine settings.
 * @param journalDir      {@code journal.dir}.
 * @param snapshotIntervalMillis {@code snapshot.interval-ms}.
 * @param feedEnabled     {@code feed.enabled}.
 * @param feedFile        {@code feed.file}; null for the bundled sample.
 * @param feed            replay options from {@code feed.*}.
 * @param exitWhenDone    {@code feed.exit-when-done}.
 * @param statusIntervalMillis {@code status.interval-ms}.
 * @param featureSets          the sets of {@code features.sets-file}, validated.
 * @param patterns        what the pattern stage recognises live, from {@code patterns.*}.
 * @param bridge          the MT5 bridge server from {@code bridge.*}; null when {@code bridge.enabled} is false.
 * @param strategy        the strategy of {@code strategy.file}, validated; null for {@code none}.
 * @param http            the HTTP server from {@code http.*}; null when {@code http.enabled} is false.
 * @param bootstrapAdmin  {@code http.bootstrap-admin}: whether start-up makes an admin API key.
 * @param values          every key's effective value (secrets included: never log or serve them unmasked).
 * @param origins         where each key's value came from (built-in default, a file, an environment variable,
 *                        the command line).
 */
public record DaemonConfig(
    EngineConfig engine,
    Path journalDir,
    long snapshotIntervalMillis,
    boolean feedEnabled,
    Path feedFile,
    ReplayFeed.Options feed,
    boolean exitWhenDone,
    long statusIntervalMillis,
    List<FeatureSet> featureSets,
    PatternsConfig patterns,
    BridgeConfig bridge,
    StrategyConfig strategy,
    HttpConfig http,
    AdminBootstrap.Mode bootstrapAdmin,
    Map<String, String> values,
    Map<String, String> origins)
{
    /** Copies the maps, sorted by key. */
    public DaemonConfig
    {
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
        origins = Collections.unmodifiableSortedMap(new TreeMap<>(origins));
    }

    private static final String DEFAULTS_RESOURCE = "/tradingcore.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * Builds the configuration from all layers.
     *
     * @param file      the YAML file, or null for none.
     * @param env       the environment (normally {@code System.getenv()}).
     * @param overrides values from command-line options, by key.
     * @throws ConfigException naming the key and its origin.
     */
    public static DaemonConfig load(final Path file, final Map<String, String> env, final Map<String, String> overrides)
    {
        final Map<String, String> values = defaults();
        final Map<String, String> origins = new LinkedHashMap<>();
        values.keySet().forEach(key -> origins.put(key, "built-in default"));
        if (file != null)
        {
            final Map<String, String> fromFile = readFile(file);
            for (final Map.Entry<String, String> entry : fromFile.entrySet())
            {
                if (!values.containsKey(entry.getKey()))
                {
                    throw new ConfigException("unknown key '" + entry.getKey() + "' in " + file + "; known keys: " +
                        String.join(", ", values.keySet()));
                }
                values.put(entry.getKey(), entry.getValue());
                origins.put(entry.getKey(), file.toString());
            }
        }
        for (final String key : values.keySet())
        {
            final String name = envName(key);
            if (env.containsKey(name))
            {
                values.put(key, env.get(name));
                origins.put(key, "environment variable " + name);
            }
        }
        for (final Map.Entry<String, String> entry : overrides.entrySet())
        {
            if (!values.containsKey(entry.getKey()))
            {
                throw new IllegalArgumentException("override of unknown key " + entry.getKey());
            }
            values.put(entry.getKey(), entry.getValue());
            origins.put(entry.getKey(), "command line");
        }
        SealedValues.open(values, origins, env);
        return build(new Values(values, origins));
    }

    /** @return the environment variable that overrides {@code key}. */
    public static String envName(final String key)
    {
        return "TC_" + key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    private static DaemonConfig build(final Values v)
    {
        final EngineConfig engine = new EngineConfig(
            v.parse("engine.stages", EngineConfig.StageMode::parse),
            v.parse("engine.wait-strategy", EngineConfig.WaitStrategyKind::parse),
            v.integer("engine.ring-size"),
            v.parse("journal.fsync", Fsync::parse),
            v.integer("snapshot.retain"),
            v.integer("engine.shutdown-timeout-ms"));
        final String timeframe = v.string("feed.timeframe");
        final ReplayFeed.Options feed;
        try
        {
            engine.validate(0, Integer.MAX_VALUE);
            feed = new ReplayFeed.Options(
                v.string("feed.symbol"),
                v.parse("feed.format", DaemonConfig::importFormat),
                timeframe.isBlank() ? null : v.parse("feed.timeframe", Timeframe::parse),
                v.decimal("feed.speed"),
                v.integer("feed.max-rate"),
                v.integer("feed.timer-interval-ms") * 1_000_000L,
                v.parse("feed.on-error", DaemonConfig::onError));
        }
        catch (final IllegalArgumentException ex)
        {
            throw new ConfigException(ex.getMessage());
        }
        final String feedFile = v.string("feed.file");
        return new DaemonConfig(
            engine,
            Path.of(v.nonBlank("journal.dir")),
            v.nonNegative("snapshot.interval-ms"),
            v.bool("feed.enabled"),
            feedFile.isBlank() ? null : Path.of(feedFile),
            feed,
            v.bool("feed.exit-when-done"),
            v.nonNegative("status.interval-ms"),
            v.parse("features.sets-file", FeatureSetsFile::load),
            patterns(v),
            bridge(v),
            v.parse("strategy.file", StrategyFile::load),
            http(v),
            v.parse("http.bootstrap-admin", AdminBootstrap.Mode::parse),
            v.values,
            v.origins);
    }

    /** The {@code patterns.*} keys. */
    private static PatternsConfig patterns(final Values v)
    {
        final double tolerance = v.decimal("patterns.chart-tolerance");
        final ZigZagThreshold threshold = v.parse("patterns.chart-threshold", PatternsConfig::threshold);
        try
        {
            return new PatternsConfig(v.parse("patterns.candlesticks", PatternsConfig::candlesticks),
                v.parse("patterns.chart", PatternsConfig::charts),
                new ChartConfig(threshold, tolerance, ChartConfig.DEFAULT_TRIANGLE_PIVOTS));
        }
        catch (final IllegalArgumentException ex)
        {
            throw v.error("patterns.chart-tolerance", ex.getMessage());
        }
    }

    /**
     * The {@code bridge.*} keys: every one must parse; ranges and the secret are checked when the bridge is
     * enabled. The secret's value never appears in a message.
     */
    private static BridgeConfig bridge(final Values v)
    {
        final String host = v.nonBlank("bridge.host");
        final int port = v.integer("bridge.port");
        final int ioThreads = v.integer("bridge.io-threads");
        final long heartbeat = v.nonNegative("bridge.heartbeat-interval-ms");
        final long idle = v.nonNegative("bridge.idle-timeout-ms");
        final long handshake = v.nonNegative("bridge.handshake-timeout-ms");
        final String secret = v.string("bridge.secret");
        if (!v.bool("bridge.enabled"))
        {
            return null;
        }
        if (secret.isEmpty())
        {
            throw v.error("bridge.secret", "is required when bridge.enabled is true; set it with the environment " +
                "variable " + envName("bridge.secret") + " (or in the config file)");
        }
        try
        {
            return new BridgeConfig(host, port, secret, ioThreads, heartbeat, idle, handshake);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new ConfigException(ex.getMessage());
        }
    }

    /** The {@code http.*} keys: every one must parse; ranges are checked when the server is enabled. */
    private static HttpConfig http(final Values v)
    {
        final String host = v.nonBlank("http.host");
        final int port = v.integer("http.port");
        final int ioThreads = v.integer("http.io-threads");
        final int blockingThreads = v.integer("http.blocking-threads");
        final int maxBodyBytes = v.integer("http.max-body-bytes");
        final boolean servicePorts = v.bool("http.service-ports");
        final int commandTimeout = v.integer("http.command-timeout-ms");
        final int tokenTtl = v.integer("http.token-ttl-seconds");
        final int perSecond = v.integer("http.rate-limit.per-second");
        final int burst = v.integer("http.rate-limit.burst");
        final String cert = v.string("http.tls.cert-file");
        final String key = v.string("http.tls.key-file");
        if (!v.bool("http.enabled"))
        {
            return null;
        }
        try
        {
            return new HttpConfig(host, port, ioThreads, maxBodyBytes, blockingThreads, servicePorts,
                cert.isBlank() ? null : Path.of(cert), key.isBlank() ? null : Path.of(key), perSecond, burst,
                tokenTtl, commandTimeout);
        }
        catch (final IllegalArgumentException ex)
        {
            throw new ConfigException(ex.getMessage());
        }
    }

    static ImportFormat importFormat(final String text)
    {
        for (final ImportFormat format : ImportFormat.values())
        {
            if (format.name().equalsIgnoreCase(text.trim()))
            {
                return format;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of auto, ohlcv, mt5, trades");
    }

    static OnError onError(final String text)
    {
        for (final OnError value : OnError.values())
        {
            if (value.name().equalsIgnoreCase(text.trim()))
            {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of skip, abort");
    }

    private static Map<String, String> defaults()
    {
        try (InputStream in = DaemonConfig.class.getResourceAsStream(DEFAULTS_RESOURCE))
        {
            if (in == null)
            {
                throw new IllegalStateException("built-in defaults " + DEFAULTS_RESOURCE + " missing from the jar");
            }
            return flatten(YAML.readTree(in));
        }
        catch (final IOException ex)
        {
            throw new IllegalStateException("cannot read built-in defaults", ex);
        }
    }

    private static Map<String, String> readFile(final Path file)
    {
        if (!Files.isRegularFile(file))
        {
            throw new ConfigException("config file " + file + " does not exist");
        }
        try
        {
            final JsonNode root = YAML.readTree(file.toFile());
            if (root == null || root.isMissingNode() || root.isNull())
            {
                return new LinkedHashMap<>();
            }
            if (!root.isObject())
            {
                throw new ConfigException("config file " + file + " must hold a mapping of keys, not " +
                    root.getNodeType().toString().toLowerCase(Locale.ROOT));
            }
            return flatten(root);
        }
        catch (final IOException ex)
        {
            throw new ConfigException("config file " + file + " is not valid YAML: " + ex.getMessage());
        }
    }

    private static Map<String, String> flatten(final JsonNode root)
    {
        final Map<String, String> out = new LinkedHashMap<>();
        flatten("", root, out);
        return out;
    }

    private static void flatten(final String prefix, final JsonNode node, final Map<String, String> out)
    {
        if (node.isObject())
        {
            final Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext())
            {
                final Map.Entry<String, JsonNode> field = fields.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), out);
            }
        }
        else if (node.isArray())
        {
            throw new ConfigException("config key '" + prefix + "' holds a list; a single value is expected");
        }
        else
        {
            out.put(prefix, node.isNull() ? "" : node.asText());
        }
    }

    /** A configuration error: the message names the key, the bad value and where it came from. */
    public static final class ConfigException extends RuntimeException
    {
        private static final long serialVersionUID = 1L;

        public ConfigException(final String message)
        {
            super(message);
        }
    }

    /** Raw values with their origins; typed reads name the key on failure. */
    private record Values(Map<String, String> values, Map<String, String> origins)
    {
        interface Parser<T>
        {
            T parse(String text);
        }

        String string(final String key)
        {
            return values.get(key).trim();
        }

        String nonBlank(final String key)
        {
            final String value = string(key);
            if (value.isEmpty())
            {
                throw error(key, "must not be empty");
            }
            return value;
        }

        <T> T parse(final String key, final Parser<T> parser)
        {
            try
            {
                return parser.parse(string(key));
            }
            catch (final ConfigException ex)
            {
                throw ex;
            }
            catch (final RuntimeException ex)
            {
                throw error(key, ex.getMessage());
            }
        }

        int integer(final String key)
        {
            return parse(key, text ->
            {
                try
                {
                    return Integer.parseInt(text);
                }
                catch (final NumberFormatException ex)
                {
                    throw new IllegalArgumentException("'" + text + "' is not a whole number");
                }
            });
        }

        long nonNegative(final String key)
        {
            final long value = integer(key);
            if (value < 0)
            {
                throw error(key, "must be >= 0, was " + value);
            }
            return value;
        }

        double decimal(final String key)
        {
            return parse(key, text ->
            {
                try
                {
                    return Double.parseDouble(text);
                }
                catch (final NumberFormatException ex)
                {
                    throw new IllegalArgumentException("'" + text + "' is not a number");
                }
            });
        }

        boolean bool(final String key)
        {
            return parse(key, text ->
            {
                if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text))
                {
                    return Boolean.parseBoolean(text);
                }
                throw new IllegalArgumentException("'" + text + "' is not true or false");
            });
        }

        ConfigException error(final String key, final String problem)
        {
            return new ConfigException(
                "config key '" + key + "' (from " + origins.get(key) + "): " + problem);
        }
    }
}
