package io.tradingcore.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tradingcore.feature.FeatureSet;
import io.tradingcore.market.Timeframe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The feature sets the daemon applies at start, read from YAML ({@code features.sets-file}): a list
 * {@code sets} of {user, name, symbols, timeframes, features}. Every set is checked completely (names,
 * limits, timeframes, and every expression compiled against the catalog) before the daemon starts, so a
 * bad file stops the start with a message naming the set, the field and the position.
 */
final class FeatureSetsFile
{
    /** {@code features.sets-file} value meaning "no sets". */
    static final String NONE = "none";
    private static final String BUNDLED = "/feature-sets.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private FeatureSetsFile()
    {
    }

    /** The file's shape, as Jackson binds it. */
    record Document(@JsonProperty("sets") List<Entry> sets)
    {
    }

    /** One set as written in the file. */
    record Entry(
        @JsonProperty("user") String user,
        @JsonProperty("name") String name,
        @JsonProperty("symbols") List<String> symbols,
        @JsonProperty("timeframes") List<String> timeframes,
        @JsonProperty("features") List<String> features)
    {
    }

    /**
     * @param setting the {@code features.sets-file} value: empty for the bundled sets, {@code none}, or a path.
     * @return the validated sets, in file order.
     * @throws IllegalArgumentException saying which file, set and field is wrong.
     */
    static List<FeatureSet> load(final String setting)
    {
        if (setting.isBlank())
        {
            try (InputStream in = Objects.requireNonNull(FeatureSetsFile.class.getResourceAsStream(BUNDLED), BUNDLED))
            {
                return parse("the bundled feature-sets.yaml", in);
            }
            catch (final IOException ex)
            {
                throw new IllegalArgumentException("cannot read the bundled feature-sets.yaml: " + ex.getMessage(), ex);
            }
        }
        if (NONE.equalsIgnoreCase(setting.trim()))
        {
            return List.of();
        }
        final Path file = Path.of(setting);
        try (InputStream in = Files.newInputStream(file))
        {
            return parse(file.toString(), in);
        }
        catch (final IOException ex)
        {
            throw new IllegalArgumentException("cannot read " + file + ": " + ex.getMessage(), ex);
        }
    }

    static List<FeatureSet> parse(final String where, final InputStream in) throws IOException
    {
        final Document document;
        try
        {
            document = YAML.readValue(in, Document.class);
        }
        catch (final UnrecognizedPropertyException ex)
        {
            throw new IllegalArgumentException(where + ": unknown field " + path(ex) +
                "; a set has user, name, symbols, timeframes, features", ex);
        }
        catch (final JsonProcessingException ex)
        {
            throw new IllegalArgumentException(where + ": " + ex.getOriginalMessage() + " at line " +
                (ex.getLocation() == null ? "?" : ex.getLocation().getLineNr()), ex);
        }
        final List<FeatureSet> sets = new ArrayList<>();
        final List<Entry> entries = document == null || document.sets() == null ? List.of() : document.sets();
        for (int i = 0; i < entries.size(); i++)
        {
            try
            {
                final FeatureSet set = toSet(entries.get(i));
                set.compile(PatternsConfig.catalog());
                sets.add(set);
            }
            catch (final IllegalArgumentException ex)
            {
                throw new IllegalArgumentException(where + ": sets[" + i + "]." + ex.getMessage() +
                    flowListHint(entries.get(i)), ex);
            }
        }
        return sets;
    }

    /** @return where a field is, as {@code sets[1].feature}. */
    private static String path(final JsonMappingException ex)
    {
        final StringBuilder sb = new StringBuilder();
        for (final JsonMappingException.Reference reference : ex.getPath())
        {
            if (reference.getFieldName() != null)
            {
                sb.append(sb.length() == 0 ? "" : ".").append(reference.getFieldName());
            }
            else
            {
                sb.append('[').append(reference.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** A hint when an expression was cut at a comma, as a YAML flow list {@code [sma(close,20)]} does. */
    private static String flowListHint(final Entry entry)
    {
        if (entry == null || entry.features() == null)
        {
            return "";
        }
        for (final String feature : entry.features())
        {
            if (feature != null && feature.chars().filter(c -> c == '(').count() !=
                feature.chars().filter(c -> c == ')').count())
            {
                return " (write features as a block list, one '- expression' per line: a YAML flow list [a, b]" +
                    " splits expressions at their commas)";
            }
        }
        return "";
    }

    private static FeatureSet toSet(final Entry entry)
    {
        if (entry == null)
        {
            throw new IllegalArgumentException("user: the set is empty");
        }
        final List<Timeframe> timeframes = new ArrayList<>();
        final List<String> names = entry.timeframes() == null ? List.of() : entry.timeframes();
        for (int i = 0; i < names.size(); i++)
        {
            try
            {
                timeframes.add(Timeframe.parse(Objects.requireNonNullElse(names.get(i), "")));
            }
            catch (final IllegalArgumentException ex)
            {
                throw new IllegalArgumentException("timeframes[" + i + "]: " + ex.getMessage(), ex);
            }
        }
        return new FeatureSet(entry.user(), entry.name(), orEmpty(entry.symbols()), timeframes,
            orEmpty(entry.features()));
    }

    private static List<String> orEmpty(final List<String> list)
    {
        return list == null ? List.of() : list;
    }
}
