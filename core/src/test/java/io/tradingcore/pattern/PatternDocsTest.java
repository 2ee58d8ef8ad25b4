package io.tradingcore.pattern;

import io.tradingcore.pattern.candle.Candlestick;
import io.tradingcore.pattern.candle.Candlesticks;
import io.tradingcore.pattern.chart.ChartPattern;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the pattern tables of docs/patterns.md true to the code: each table between its markers must be exactly what
 * the candlestick specs and the chart pattern enum describe. On a mismatch the expected tables are written to
 * target/patterns-tables.md to paste in.
 */
class PatternDocsTest
{
    private static final String CANDLES_BEGIN =
        "<!-- candlesticks:begin (generated from Candlesticks; PatternDocsTest checks it) -->";
    private static final String SOURCE = "https://github.com/TA-Lib/ta-lib/blob/main/src/ta_func/ta_";
    private static final String CANDLES_END = "<!-- candlesticks:end -->";
    private static final String CHARTS_BEGIN =
        "<!-- charts:begin (generated from ChartPattern; PatternDocsTest checks it) -->";
    private static final String CHARTS_END = "<!-- charts:end -->";

    @Test
    void docsListEveryPatternAsTheCodeDescribesIt() throws IOException
    {
        final Path docs = Path.of(System.getProperty("user.dir")).resolve("../docs/patterns.md").normalize();
        final String text = Files.exists(docs) ? Files.readString(docs, StandardCharsets.UTF_8) : "";
        final String candles = candlestickTable();
        final String charts = chartTable();
        final String actualCandles = between(text, CANDLES_BEGIN, CANDLES_END);
        final String actualCharts = between(text, CHARTS_BEGIN, CHARTS_END);
        if (!actualCandles.equals(candles.strip()) || !actualCharts.equals(charts.strip()))
        {
            Files.writeString(Path.of("target", "patterns-tables.md"), CANDLES_BEGIN + "\n" + candles + CANDLES_END +
                "\n\n" + CHARTS_BEGIN + "\n" + charts + CHARTS_END + "\n");
        }
        assertThat(actualCandles).as("candlestick table in %s (expected in target/patterns-tables.md)", docs)
            .isEqualTo(candles.strip());
        assertThat(actualCharts).as("chart table in %s (expected in target/patterns-tables.md)", docs)
            .isEqualTo(charts.strip());
    }

    private static String between(final String text, final String begin, final String end)
    {
        final int from = text.indexOf(begin);
        final int to = text.indexOf(end);
        return from < 0 || to < from ? "" : text.substring(from + begin.length(), to).strip();
    }

    static String candlestickTable()
    {
        final StringBuilder sb = new StringBuilder();
        sb.append("| Pattern | Candles | Lookback | Signal | Rule | TA-Lib source |\n");
        sb.append("|---|---|---|---|---|---|\n");
        for (final Candlestick candlestick : Candlesticks.all())
        {
            final String name = candlestick.name();
            final String penetration = candlestick.spec().params().isEmpty() ? "" :
                " (penetration " + candlestick.spec().params().get(0).defaultValue() + ")";
            sb.append("| `").append(name).append('`').append(penetration)
                .append(" | ").append(candlestick.candles())
                .append(" | ").append(candlestick.create().lookback())
                .append(" | ").append(candlestick.signal().text())
                .append(candlestick.confirms() ? "; ±200 when a later bar confirms" : "")
                .append(" | ").append(candlestick.spec().description())
                .append(" | [`ta_").append(name).append(".c`](").append(SOURCE).append(name).append(".c) |\n");
        }
        return sb.toString();
    }

    static String chartTable()
    {
        final StringBuilder sb = new StringBuilder();
        sb.append("| Pattern | Signal | Rule |\n");
        sb.append("|---|---|---|\n");
        for (final ChartPattern pattern : ChartPattern.values())
        {
            final String signal = pattern.direction() > 0 ? "+100 bullish" : pattern.direction() < 0 ? "-100 bearish" :
                "+100 or -100, the direction of the break";
            sb.append("| `").append(pattern.id()).append("` | ").append(signal).append(" | ")
                .append(pattern.description()).append(" |\n");
        }
        return sb.toString();
    }
}
