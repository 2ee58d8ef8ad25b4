package io.tradingcore.pattern;

import io.tradingcore.market.Timeframe;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RulePatternTest
{
    @Test
    void compilesRulesOverFeaturesAndCandlesticks()
    {
        final RulePattern rule = new RulePattern("alice", "engulf-oversold", "CDLENGULFING > 0 and rsi(close,14) < 30",
            List.of("EURUSD"), List.of(Timeframe.M5));
        assertThat(rule.compile(PatternCatalog.rules()).columns()).hasSize(1);
        assertThat(new RulePattern("a", "b", "cdlDoji != 0", List.of(), List.of()).compile(PatternCatalog.rules())
            .columnCount()).isEqualTo(1);
    }

    @Test
    void badRulesSayWhatAndWhere()
    {
        final RulePattern typo = new RulePattern("alice", "r", "CDLENGULFNG > 0", List.of(), List.of());
        assertThatThrownBy(() -> typo.compile(PatternCatalog.rules()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("rule: ")
            .hasMessageContaining("CDLENGULFNG")
            .hasMessageContaining("CDLENGULFING")
            .hasMessageContaining("^");
        final RulePattern multi = new RulePattern("alice", "r", "bbands(close,20)", List.of(), List.of());
        assertThatThrownBy(() -> multi.compile(PatternCatalog.rules()))
            .hasMessageContaining("rule: must have one value").hasMessageContaining("bbands(close,20).upper");
        assertThatThrownBy(() -> new RulePattern("alice", "bad name!", "close > open", List.of(), List.of()))
            .hasMessageStartingWith("name: ");
        assertThatThrownBy(() -> new RulePattern("alice", "r", " ", List.of(), List.of()))
            .hasMessageStartingWith("rule: ");
        assertThatThrownBy(() -> new RulePattern("alice", "r", null, List.of(), List.of()))
            .hasMessage("rule: missing");
    }

    @Test
    void payloadRoundTrips()
    {
        final RulePattern rule = new RulePattern("alice", "hammer-low", "CDLHAMMER > 0 and close < lowest(low,20)[1]",
            List.of("EURUSD", "GBPUSD"), List.of(Timeframe.M1, Timeframe.H1));
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[2048]);
        assertThat(RulePattern.decodePut(buffer, rule.encodePut(buffer))).isEqualTo(rule);
        final int length = RulePattern.encodeDelete("alice", "hammer-low", buffer);
        assertThat(RulePattern.decodeDelete(buffer, length)).containsExactly("alice", "hammer-low");
        assertThatThrownBy(() -> RulePattern.decodePut(buffer, length)).isInstanceOf(IllegalArgumentException.class);
    }
}
