package io.tradingcore.agent;

import io.tradingcore.event.PatternMatches;
import io.tradingcore.event.Signal;
import io.tradingcore.pattern.candle.Candlesticks;
import io.tradingcore.pattern.chart.ChartPattern;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PatternAgentTest
{
    private static final int ENGULFING = Candlesticks.all().indexOf(Candlesticks.find("CDLENGULFING"));
    private static final int HAMMER = Candlesticks.all().indexOf(Candlesticks.find("CDLHAMMER"));
    private static final int DOUBLE_TOP = ChartPattern.DOUBLE_TOP.ordinal();

    private static void matches(final AgentTesting agent)
    {
        final long time = agent.bar.openTimeNanos;
        final PatternMatches m = agent.matches;
        m.add(PatternMatches.CANDLESTICK, ENGULFING, 0, (byte)0, time, 100, 0.8);
        m.add(PatternMatches.CHART, DOUBLE_TOP, 0, (byte)0, time, -100, 0.7);
        m.add(PatternMatches.CANDLESTICK, HAMMER, 0, (byte)0, time, 100, 0.3); // below min-confidence
        m.add(PatternMatches.CANDLESTICK, HAMMER, 0, (byte)0, time - 60_000_000_000L, 100, 1.0); // earlier bar
        m.add(PatternMatches.CANDLESTICK, HAMMER, 1, (byte)0, time, 100, 1.0); // other symbol
        m.add(PatternMatches.CANDLESTICK, HAMMER, 0, (byte)1, time, 100, 1.0); // other timeframe
        m.add(PatternMatches.RULE, 1, 0, (byte)0, time, 1, 1.0); // rule patterns are not read
    }

    @Test
    void sumsTheSignedConfidencesOfTheBarsMatches()
    {
        final AgentTesting all = new AgentTesting("pattern", Map.of());
        matches(all);
        // sum = +0.8 (engulfing) - 0.7 (double top) = 0.1 -> BUY, strength 0.1;
        // confidence = the largest agreeing match: engulfing 0.8
        final Signal signal = all.evaluate();
        assertThat(signal.direction).isEqualTo((byte)1);
        assertThat(signal.strength).isCloseTo(0.1, within(1e-12));
        assertThat(signal.confidence).isEqualTo(0.8);
        assertThat(signal.patternKind).isEqualTo(PatternMatches.CANDLESTICK);
        assertThat(signal.patternId).isEqualTo(ENGULFING);
        assertThat(signal.value1).isCloseTo(0.1, within(1e-12));
        assertThat(signal.value2).isEqualTo(2);
    }

    @Test
    void readsOnlyTheListedPatterns()
    {
        final AgentTesting chartsOnly = new AgentTesting("pattern", Map.of("patterns", "double_top, CDLHAMMER",
            "min-confidence", "0.2"));
        matches(chartsOnly);
        // -0.7 (double top) + 0.3 (hammer, now above min-confidence 0.2) = -0.4 -> SELL on the double top
        final Signal signal = chartsOnly.evaluate();
        assertThat(signal.direction).isEqualTo((byte)-1);
        assertThat(signal.strength).isCloseTo(0.4, within(1e-12));
        assertThat(signal.confidence).isEqualTo(0.7);
        assertThat(signal.patternKind).isEqualTo(PatternMatches.CHART);
        assertThat(signal.patternId).isEqualTo(DOUBLE_TOP);
    }

    @Test
    void abstainsWithoutMatches()
    {
        final Signal signal = new AgentTesting("pattern", Map.of()).evaluate();
        assertThat(signal.direction).isZero();
        assertThat(signal.confidence).isZero();
        assertThat(signal.patternId).isEqualTo(-1);
    }

    @Test
    void rejectsAnUnknownPattern()
    {
        assertThatThrownBy(() -> Agents.create(new AgentSpec("p", "pattern", 1, Map.of("patterns", "CDLNOPE")), 3))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("agents[3].patterns: unknown pattern 'CDLNOPE'");
    }
}
