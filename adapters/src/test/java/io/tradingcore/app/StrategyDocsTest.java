package io.tradingcore.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tradingcore.decision.Decision;
import io.tradingcore.order.OrderState;
import io.tradingcore.risk.RiskReason;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/strategy.md says what the code does: its tables are checked against the code and ops/strategy.yaml. */
class StrategyDocsTest
{
    private static final Path DOC = Path.of("..", "docs", "strategy.md");
    private static final Path STRATEGY = Path.of("..", "ops", "strategy.yaml");

    @Test
    void everyKeyOfTheBundledStrategyIsDocumented() throws IOException
    {
        final List<String> documented = column(section("keys"), 0);
        final List<String> keys = new ArrayList<>();
        flatten("", new ObjectMapper(new YAMLFactory()).readTree(STRATEGY.toFile()), keys);

        assertThat(documented).containsAll(keys);
        assertThat(keys).isNotEmpty();
    }

    @Test
    void holdReasonsMatchTheDecisionEngine() throws IOException
    {
        final List<String[]> rows = section("hold");
        assertThat(rows).hasSize(Decision.SIZE_TOO_SMALL + 1);
        for (int code = 0; code < rows.size(); code++)
        {
            assertThat(rows.get(code)[0]).isEqualTo(Integer.toString(code));
            assertThat(rows.get(code)[1]).isEqualTo("`" + Decision.holdReasonName(code) + "`");
        }
    }

    @Test
    void riskReasonsMatchThePreTradeChecksInOrder() throws IOException
    {
        final List<String[]> rows = section("risk");
        assertThat(rows).hasSize(RiskReason.RATE_LIMIT);
        for (int i = 0; i < rows.size(); i++)
        {
            final int code = i + 1;
            assertThat(rows.get(i)[0]).isEqualTo(Integer.toString(code));
            assertThat(rows.get(i)[1]).isEqualTo("`" + RiskReason.name(code) + "`");
        }
    }

    @Test
    void orderStatesAndTransitionsMatchTheStateMachine() throws IOException
    {
        final List<String[]> rows = section("states");
        assertThat(rows).hasSize(OrderState.COUNT);
        for (int from = 0; from < OrderState.COUNT; from++)
        {
            final String[] row = rows.get(from);
            assertThat(row[1]).isEqualTo("`" + OrderState.name(from) + "`");
            final List<String> targets = new ArrayList<>();
            for (int to = 0; to < OrderState.COUNT; to++)
            {
                if (OrderState.allowed(from, to))
                {
                    targets.add(OrderState.name(to));
                }
            }
            assertThat(row[2]).isEqualTo(targets.isEmpty() ? "(terminal)" : String.join(", ", targets));
        }
    }

    /** The table rows between {@code <!-- name:begin} and {@code <!-- name:end -->}, header excluded. */
    private static List<String[]> section(final String name) throws IOException
    {
        final String text = Files.readString(DOC);
        final int begin = text.indexOf("<!-- " + name + ":begin");
        final int end = text.indexOf("<!-- " + name + ":end -->");
        assertThat(begin).as("section " + name).isNotNegative();
        final List<String[]> rows = new ArrayList<>();
        for (final String line : text.substring(text.indexOf('\n', begin) + 1, end).split("\n"))
        {
            if (line.startsWith("|") && !line.startsWith("|---") && !line.startsWith("| key |") &&
                !line.startsWith("| code |"))
            {
                final String[] cells = line.substring(1, line.length() - 1).split(" \\| ", -1);
                for (int i = 0; i < cells.length; i++)
                {
                    cells[i] = cells[i].trim();
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<String> column(final List<String[]> rows, final int column)
    {
        final List<String> out = new ArrayList<>();
        for (final String[] row : rows)
        {
            out.add(row[column].replace("`", ""));
        }
        return out;
    }

    private static void flatten(final String prefix, final JsonNode node, final List<String> out)
    {
        if (prefix.equals("agents"))
        {
            out.add(prefix);
            return;
        }
        if (prefix.startsWith("instruments.") && prefix.indexOf('.') == prefix.lastIndexOf('.'))
        {
            final Iterator<String> names = node.fieldNames();
            while (names.hasNext())
            {
                out.add("instruments.<SYMBOL>." + names.next());
            }
            return;
        }
        if (node.isObject())
        {
            final Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext())
            {
                final Map.Entry<String, JsonNode> field = fields.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), out);
            }
            return;
        }
        out.add(prefix);
    }
}
