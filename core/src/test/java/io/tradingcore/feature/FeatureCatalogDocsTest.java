package io.tradingcore.feature;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the catalog table of docs/features.md true to the code: the table between the catalog markers must be
 * exactly what the specs describe. On a mismatch the expected table is written to
 * target/features-catalog.md to paste in.
 */
class FeatureCatalogDocsTest
{
    private static final String BEGIN = "<!-- catalog:begin (generated from FeatureSpec; FeatureCatalogDocsTest checks it) -->";
    private static final String END = "<!-- catalog:end -->";

    @Test
    void docsListEveryCatalogFeatureAsTheSpecsDescribeThem() throws IOException
    {
        final String expected = table(FeatureCatalog.standard());
        final Path docs = Path.of(System.getProperty("user.dir")).resolve("../docs/features.md").normalize();
        final String text = Files.readString(docs, StandardCharsets.UTF_8);
        final int begin = text.indexOf(BEGIN);
        final int end = text.indexOf(END);
        final String actual = begin < 0 || end < begin ? "" : text.substring(begin + BEGIN.length(), end).strip();
        if (!actual.equals(expected.strip()))
        {
            Files.writeString(Path.of("target", "features-catalog.md"), BEGIN + "\n" + expected + END + "\n");
        }
        assertThat(actual).as("catalog table in %s (expected table written to target/features-catalog.md)", docs)
            .isEqualTo(expected.strip());
    }

    static String table(final FeatureCatalog catalog)
    {
        final StringBuilder sb = new StringBuilder();
        sb.append("| Feature | Parameters (default, range) | Outputs | Lookback at defaults | Cost | Description |\n");
        sb.append("|---|---|---|---|---|---|\n");
        for (final FeatureSpec spec : catalog.specs())
        {
            sb.append("| `").append(spec.signature()).append("` | ")
                .append(spec.params().isEmpty() ? "none" : spec.params().stream().map(FeatureCatalogDocsTest::param)
                    .collect(Collectors.joining("; ")))
                .append(" | ").append(spec.isMultiOutput() ? String.join(", ", spec.outputs()) : "one")
                .append(" | ").append(spec.lookback(spec.defaults()))
                .append(" | ").append(spec.cost().notation())
                .append(" | ").append(spec.description()).append(" |\n");
        }
        return sb.toString();
    }

    private static String param(final FeatureSpec.Param param)
    {
        return param.name() + " = " + number(param.defaultValue()) + ", " + number(param.min()) + ".." +
            number(param.max()) + (param.integer() ? "" : " (real)");
    }

    private static String number(final double value)
    {
        return Math.abs(value) < 1e15 && value == Math.rint(value) ? Long.toString((long)value) : Double.toString(value);
    }
}
