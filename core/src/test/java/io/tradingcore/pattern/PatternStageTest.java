package io.tradingcore.pattern;

import io.tradingcore.event.CommandResult;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.PatternMatches;
import io.tradingcore.feature.FeatureStageTest;
import io.tradingcore.feature.Series;
import io.tradingcore.market.Timeframe;
import io.tradingcore.pattern.candle.Candlesticks;
import io.tradingcore.pattern.chart.ChartConfig;
import io.tradingcore.pattern.chart.ChartPattern;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PatternStageTest
{
    private static final RulePattern WHITE_HAMMER = new RulePattern("alice", "hammer", "CDLHAMMER > 0 and close > open",
        List.of("AAPL"), List.of(Timeframe.D1));
    private static final RulePattern ANY_ENGULFING = new RulePattern("bob", "engulfing", "CDLENGULFING", List.of(),
        List.of());

    private final PatternStage stage = newStage();
    private final FeatureStageTest.Driver driver = new FeatureStageTest.Driver(stage);

    private static PatternStage newStage()
    {
        return new PatternStage(PatternCatalog.rules(), Candlesticks.all(), ChartConfig.defaults(),
            EnumSet.allOf(ChartPattern.class));
    }

    private int put(final FeatureStageTest.Driver target, final RulePattern rule)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[2048]);
        target.command(CommandType.RULE_PATTERN_PUT, Arrays.copyOf(buffer.byteArray(), rule.encodePut(buffer)));
        return target.event.commandResult;
    }

    private int delete(final String user, final String name)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[2048]);
        driver.command(CommandType.RULE_PATTERN_DELETE,
            Arrays.copyOf(buffer.byteArray(), RulePattern.encodeDelete(user, name, buffer)));
        return driver.event.commandResult;
    }

    private static List<String> describe(final PatternMatches matches)
    {
        final List<String> lines = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++)
        {
            final String name = switch (matches.kind(i))
            {
                case PatternMatches.CANDLESTICK -> Candlesticks.all().get(matches.patternId(i)).name();
                case PatternMatches.CHART -> ChartPattern.values()[matches.patternId(i)].id();
                default -> "rule" + matches.patternId(i);
            };
            lines.add(name + "@" + matches.openTimeNanos(i) + "=" + matches.signal(i));
        }
        return lines;
    }

    @Test
    void liveMatchesAreThoseOfTheValidatorOnTheSameBars()
    {
        driver.symbol("AAPL");
        assertThat(put(driver, WHITE_HAMMER)).isEqualTo(CommandResult.OK);
        assertThat(put(driver, ANY_ENGULFING)).isEqualTo(CommandResult.OK);
        final Series aapl = Series.aapl();
        final List<String> live = new ArrayList<>();
        for (int i = 0; i < aapl.size(); i++)
        {
            driver.bar(0, Timeframe.D1, aapl, i);
            live.addAll(describe(driver.event.patternMatches));
        }
        final List<String> expected = new ArrayList<>();
        final List<PatternMatch> validated = new PatternValidator(PatternCatalog.rules(), ChartConfig.defaults())
            .validate(PatternValidatorTest.candles(aapl), List.of(), List.of(WHITE_HAMMER, ANY_ENGULFING));
        for (final PatternMatch match : validated)
        {
            final String name = match.kind() == PatternMatch.Kind.RULE ?
                "rule" + (match.pattern().equals("hammer") ? 1 : 2) : match.pattern();
            expected.add(name + "@" + match.timeNanos() + "=" + match.signal());
        }
        assertThat(live).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(live).anyMatch(s -> s.startsWith("rule2")).anyMatch(s -> s.startsWith("CDLDOJI"));
        assertThat(stage.recentBars("AAPL", Timeframe.D1, 3).close())
            .containsExactly(Arrays.copyOfRange(aapl.close(), aapl.size() - 3, aapl.size()));
        assertThat(stage.recentBars("AAPL", Timeframe.M1, 3)).isNull();

        final List<PatternMatch> liveValidation = new PatternValidator(PatternCatalog.rules(), ChartConfig.defaults())
            .validate(stage.recentBars("AAPL", Timeframe.D1, 200), List.of("all"), stage.rulesOf("bob"));
        assertThat(stage.rulesOf("bob")).containsExactly(ANY_ENGULFING);
        assertThat(liveValidation).filteredOn(m -> m.kind() == PatternMatch.Kind.RULE).isNotEmpty()
            .allSatisfy(m -> assertThat(m.pattern()).isEqualTo("engulfing"));
        assertThat(liveValidation).allSatisfy(m -> assertThat(m.timeNanos()).isEqualTo(aapl.time()[52 + m.index()]));
    }

    @Test
    void rulesApplyToTheirSymbolsAndTimeframesOnly()
    {
        driver.symbol("EURUSD");
        driver.symbol("AAPL");
        put(driver, new RulePattern("alice", "up", "close > open", List.of("AAPL"), List.of(Timeframe.D1)));
        final Series aapl = Series.aapl();
        final int white = firstWhite(aapl);
        driver.bar(0, Timeframe.D1, aapl, white);
        assertThat(kinds(driver.event.patternMatches)).doesNotContain(PatternMatches.RULE);
        driver.bar(1, Timeframe.H1, aapl, white);
        assertThat(kinds(driver.event.patternMatches)).doesNotContain(PatternMatches.RULE);
        driver.bar(1, Timeframe.D1, aapl, white);
        assertThat(kinds(driver.event.patternMatches)).contains(PatternMatches.RULE);
    }

    @Test
    void commandsCreateReplaceDeleteAndRefuse()
    {
        assertThat(put(driver, ANY_ENGULFING)).isEqualTo(CommandResult.OK);
        assertThat(put(driver, ANY_ENGULFING)).isEqualTo(CommandResult.OK);
        assertThat(put(driver, new RulePattern("bob", "engulfing", "CDLENGULFING > 0", List.of(), List.of())))
            .isEqualTo(CommandResult.OK);
        assertThat(stage.rules()).singleElement().satisfies(entry ->
        {
            assertThat(entry.id()).isEqualTo(1);
            assertThat(entry.rule().rule()).isEqualTo("CDLENGULFING > 0");
        });
        assertThat(put(driver, new RulePattern("bob", "typo", "CDLENGULFNG > 0", List.of(), List.of())))
            .isEqualTo(CommandResult.INVALID);
        driver.command(CommandType.RULE_PATTERN_PUT, new byte[] {1, 2, 3});
        assertThat(driver.event.commandResult).isEqualTo(CommandResult.INVALID);
        assertThat(stage.invalidCommands()).isEqualTo(2);
        for (int i = 0; i < PatternStage.MAX_RULES_PER_USER - 1; i++)
        {
            assertThat(put(driver, new RulePattern("bob", "r" + i, "close > open", List.of(), List.of())))
                .isEqualTo(CommandResult.OK);
        }
        assertThat(put(driver, new RulePattern("bob", "one-too-many", "close > open", List.of(), List.of())))
            .isEqualTo(CommandResult.INVALID);
        assertThat(delete("bob", "engulfing")).isEqualTo(CommandResult.OK);
        assertThat(delete("bob", "engulfing")).isEqualTo(CommandResult.NOT_FOUND);
        assertThat(stage.rules()).hasSize(PatternStage.MAX_RULES_PER_USER - 1);
    }

    @Test
    void aRestoredStageContinuesExactly() throws IOException
    {
        driver.symbol("AAPL");
        put(driver, WHITE_HAMMER);
        put(driver, new RulePattern("bob", "trend", "sma(close,20) > sma(close,50)", List.of(), List.of()));
        final Series aapl = Series.aapl();
        final int cut = 120;
        for (int i = 0; i < cut; i++)
        {
            driver.bar(0, Timeframe.D1, aapl, i);
        }
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        stage.writeSnapshot(new DataOutputStream(bytes));
        final PatternStage restored = newStage();
        restored.readSnapshot(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        final FeatureStageTest.Driver other = new FeatureStageTest.Driver(restored);
        assertThat(restored.rules()).isEqualTo(stage.rules());
        assertThat(restored.recentBars("AAPL", Timeframe.D1, 500)).isEqualTo(stage.recentBars("AAPL", Timeframe.D1,
            500));
        int compared = 0;
        for (int i = cut; i < aapl.size(); i++)
        {
            driver.bar(0, Timeframe.D1, aapl, i);
            other.bar(0, Timeframe.D1, aapl, i);
            assertThat(describe(other.event.patternMatches)).as("bar %d", i)
                .isEqualTo(describe(driver.event.patternMatches));
            compared += driver.event.patternMatches.size();
        }
        assertThat(compared).isGreaterThan(50);
    }

    private static int firstWhite(final Series series)
    {
        int i = 0;
        while (series.close()[i] <= series.open()[i])
        {
            i++;
        }
        return i;
    }

    private static List<Byte> kinds(final PatternMatches matches)
    {
        final List<Byte> kinds = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++)
        {
            kinds.add(matches.kind(i));
        }
        return kinds;
    }
}
