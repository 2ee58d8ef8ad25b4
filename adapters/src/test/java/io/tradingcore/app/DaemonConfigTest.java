package io.tradingcore.app;

import io.tradingcore.engine.EngineConfig;
import io.tradingcore.journal.Fsync;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DaemonConfigTest
{
    @TempDir
    Path dir;

    @Test
    void defaultsComeFromTheBundledSampleConfig()
    {
        final DaemonConfig config = DaemonConfig.load(null, Map.of(), Map.of());

        assertThat(config.engine()).isEqualTo(EngineConfig.defaults());
        assertThat(config.journalDir()).isEqualTo(Path.of("data/journal"));
        assertThat(config.feedEnabled()).isTrue();
        assertThat(config.feedFile()).isNull();
        assertThat(config.feed().symbol()).isEqualTo("BTCUSD");
        assertThat(config.feed().speed()).isEqualTo(1000.0);
        assertThat(config.statusIntervalMillis()).isEqualTo(5000);
    }

    @Test
    void fileThenEnvironmentThenCommandLineOverrideEachOther() throws IOException
    {
        final Path file = dir.resolve("tc.yaml");
        Files.writeString(file, "engine:\n  stages: chained\n  ring-size: 1024\njournal:\n  fsync: batch\n");

        final DaemonConfig config = DaemonConfig.load(file,
            Map.of("TC_ENGINE_RING_SIZE", "2048", "TC_JOURNAL_FSYNC", "every"),
            Map.of("journal.fsync", "none"));

        assertThat(config.engine().stages()).isEqualTo(EngineConfig.StageMode.CHAINED);
        assertThat(config.engine().ringSize()).isEqualTo(2048);
        assertThat(config.engine().fsync()).isEqualTo(Fsync.NONE);
    }

    @Test
    void unknownKeyInTheFileIsNamed() throws IOException
    {
        final Path file = dir.resolve("tc.yaml");
        Files.writeString(file, "engine:\n  stagez: single\n");

        assertThatThrownBy(() -> DaemonConfig.load(file, Map.of(), Map.of()))
            .isInstanceOf(DaemonConfig.ConfigException.class)
            .hasMessageContaining("unknown key 'engine.stagez' in " + file);
    }

    @Test
    void badValuesNameTheKeyAndWhereTheyCameFrom()
    {
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of("TC_FEED_ENABLED", "maybe"), Map.of()))
            .hasMessageContaining("config key 'feed.enabled' (from environment variable TC_FEED_ENABLED)")
            .hasMessageContaining("'maybe' is not true or false");
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of(), Map.of("engine.ring-size", "1000")))
            .hasMessageContaining("engine.ring-size must be a power of two");
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of(), Map.of("feed.speed", "-1")))
            .hasMessageContaining("feed.speed must be a number >= 0");
        assertThatThrownBy(() -> DaemonConfig.load(null, Map.of(), Map.of("feed.timeframe", "M7")))
            .hasMessageContaining("config key 'feed.timeframe' (from command line)");
    }

    @Test
    void malformedYamlIsReportedWithTheFile() throws IOException
    {
        final Path file = dir.resolve("tc.yaml");
        Files.writeString(file, "engine: [unclosed\n");

        assertThatThrownBy(() -> DaemonConfig.load(file, Map.of(), Map.of()))
            .hasMessageContaining("config file " + file + " is not valid YAML");
    }
}
