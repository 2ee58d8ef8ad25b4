package io.tradingcore.audit;

import io.tradingcore.config.ApiKey;
import io.tradingcore.config.ConfigCommands;
import io.tradingcore.config.ConfigStage;
import io.tradingcore.config.Role;
import io.tradingcore.config.UserConfig;
import io.tradingcore.engine.Engine;
import io.tradingcore.engine.EngineConfig;
import io.tradingcore.engine.EngineCounters;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.EventCodec;
import io.tradingcore.event.EventType;
import io.tradingcore.event.SourceIds;
import io.tradingcore.feature.FeatureSet;
import io.tradingcore.feature.FeatureSetCodec;
import io.tradingcore.journal.Journal;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;

import static io.tradingcore.config.ConfigCommands.Mode.CREATE;
import static io.tradingcore.config.ConfigCommands.Mode.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AuditLogTest
{
    private static final long T0 = 1_767_225_600_000_000_000L;
    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dir;

    private Journal journal;
    private Engine engine;
    private EngineCounters counters;
    private AuditLog audit;
    private long timerPosition;

    @AfterEach
    void close()
    {
        if (engine != null)
        {
            engine.close();
        }
        if (journal != null)
        {
            journal.close();
        }
    }

    @Test
    void listsTheCommandsOfEveryActorNewestFirstWithTheirResults()
    {
        start();
        submit("root", CommandType.USER_PUT, b -> ConfigCommands.encodeUserPut("alice", Role.TRADER, b));
        submit("root", CommandType.USER_PUT, b -> ConfigCommands.encodeUserPut("bob", Role.TRADER, b));
        submit("alice", CommandType.USER_CONFIG_PUT, configPut(CREATE, "a-cfg", "alice", "{\"x\":1}"));
        submit("bob", CommandType.USER_CONFIG_PUT, configPut(CREATE, "a-cfg", "bob", "{\"x\":2}"));

        final AuditResult result = scan(AuditQuery.all());

        assertThat(result.entries()).extracting(AuditEntry::actor, AuditEntry::kind, AuditEntry::target,
            AuditEntry::owner, AuditEntry::result).containsExactly(
            tuple("bob", "USER_CONFIG_PUT", "a-cfg", "bob", "CONFLICT"),
            tuple("alice", "USER_CONFIG_PUT", "a-cfg", "alice", "OK"),
            tuple("root", "USER_PUT", "bob", "bob", "OK"),
            tuple("root", "USER_PUT", "alice", "alice", "OK"));
        assertThat(result.entries().get(0).family()).isEqualTo("USER_CONFIG");
        assertThat(result.matched()).isEqualTo(4);
        assertThat(result.truncated()).isFalse();
        assertThat(result.throughSequence()).isEqualTo(journal.lastSequence());
        assertThat(result.scanned()).isEqualTo(journal.lastSequence() + 1);
    }

    @Test
    void filtersByUserAsTheActorOrTheOwnerOfTheTarget()
    {
        start();
        submit("root", CommandType.USER_PUT, b -> ConfigCommands.encodeUserPut("alice", Role.TRADER, b));
        submit("root", CommandType.USER_PUT, b -> ConfigCommands.encodeUserPut("bob", Role.TRADER, b));
        submit("alice", CommandType.USER_CONFIG_PUT, configPut(CREATE, "a-cfg", "alice", "{}"));
        submit("root", CommandType.API_KEY_PUT, keyPut("00000000000000a1", "alice"));
        submit("root", CommandType.API_KEY_REVOKE, b -> ConfigCommands.encodeApiKeyRevoke("00000000000000a1", b));

        final List<AuditEntry> alice = query(new AuditQuery("alice", null, Long.MIN_VALUE, Long.MAX_VALUE, 10));
        final List<AuditEntry> root = query(new AuditQuery("root", null, Long.MIN_VALUE, Long.MAX_VALUE, 10));

        assertThat(alice).extracting(AuditEntry::kind)
            .containsExactly("API_KEY_REVOKE", "API_KEY_PUT", "USER_CONFIG_PUT", "USER_PUT");
        assertThat(alice.get(0).owner()).as("the owner of a revoked key is remembered").isEqualTo("alice");
        assertThat(root).hasSize(4).allSatisfy(e -> assertThat(e.actor()).isEqualTo("root"));
    }

    @Test
    void filtersByCommandNameOrFamilyAndShowsSnapshotsOnlyWhenAsked() throws Exception
    {
        start();
        submit("root", CommandType.USER_PUT, b -> ConfigCommands.encodeUserPut("alice", Role.TRADER, b));
        submit("alice", CommandType.USER_CONFIG_PUT, configPut(CREATE, "a-cfg", "alice", "{}"));
        submit("alice", CommandType.USER_CONFIG_DELETE, configDelete("a-cfg", "alice"));
        engine.requestSnapshot().get(10, TimeUnit.SECONDS);

        assertThat(query(kind("USER_CONFIG"))).extracting(AuditEntry::kind)
            .containsExactly("USER_CONFIG_DELETE", "USER_CONFIG_PUT");
        assertThat(query(kind("USER_PUT"))).extracting(AuditEntry::kind).containsExactly("USER_PUT");
        assertThat(query(kind("USER"))).extracting(AuditEntry::kind).containsExactly("USER_PUT");
        assertThat(query(AuditQuery.all())).extracting(AuditEntry::kind).doesNotContain("SNAPSHOT").hasSize(3);
        assertThat(query(kind("SNAPSHOT"))).singleElement()
            .satisfies(e -> assertThat(e.actor()).isEqualTo(AuditEntry.SYSTEM));
    }

    @Test
    void filtersByEventTimeFromInclusiveToExclusive()
    {
        start();
        for (int i = 0; i < 4; i++)
        {
            final String id = "user" + i;
            at(T0 + i * SECOND);
            submit("root", CommandType.USER_PUT, b -> ConfigCommands.encodeUserPut(id, Role.VIEWER, b));
        }

        final List<AuditEntry> entries = query(new AuditQuery(null, null, T0 + SECOND, T0 + 3 * SECOND, 10));

        assertThat(entries).extracting(AuditEntry::target).containsExactly("user2", "user1");
        assertThat(entries.get(0).timeNanos()).isEqualTo(T0 + 2 * SECOND);
        assertThat(entries.get(0).time()).isEqualTo("2026-01-01T00:00:02Z");
    }

    @Test
    void keepsTheNewestEntriesUpToTheLimitAndSaysSoWhenTruncated()
    {
        start();
        for (int i = 0; i < 5; i++)
        {
            final String id = "user" + i;
            submit("root", CommandType.USER_PUT, b -> ConfigCommands.encodeUserPut(id, Role.VIEWER, b));
        }

        final AuditResult result = scan(new AuditQuery(null, null, Long.MIN_VALUE, Long.MAX_VALUE, 2));

        assertThat(result.entries()).extracting(AuditEntry::target).containsExactly("user4", "user3");
        assertThat(result.matched()).isEqualTo(5);
        assertThat(result.truncated()).isTrue();
    }

    @Test
    void chainsBeforeAndAfterOverPutPutDeleteOfOneConfiguration()
    {
        start();
        submit("root", CommandType.USER_PUT, b -> ConfigCommands.encodeUserPut("alice", Role.TRADER, b));
        submit("alice", CommandType.USER_CONFIG_PUT, configPut(CREATE, "a-cfg", "alice", "{\"v\":1}"));
        submit("alice", CommandType.USER_CONFIG_PUT, configPut(UPDATE, "a-cfg", "alice", "{\"v\":2}"));
        submit("alice", CommandType.USER_CONFIG_DELETE, configDelete("a-cfg", "alice"));
        submit("alice", CommandType.USER_CONFIG_PUT, configPut(CREATE, "a-cfg", "alice", "{\"v\":3}"));

        final List<AuditEntry> chain = query(kind("USER_CONFIG"));

        assertThat(chain).extracting(AuditEntry::result).containsOnly("OK");
        assertThat(document(chain.get(3).before())).isNull();
        assertThat(document(chain.get(3).after())).isEqualTo("{\"v\":1}");
        assertThat(document(chain.get(2).before())).isEqualTo("{\"v\":1}");
        assertThat(document(chain.get(2).after())).isEqualTo("{\"v\":2}");
        assertThat(chain.get(2).after()).containsEntry("mode", "update").containsEntry("userId", "alice");
        assertThat(document(chain.get(1).before())).isEqualTo("{\"v\":2}");
        assertThat(chain.get(1).after()).isNull();
        assertThat(chain.get(1).request()).containsEntry("id", "a-cfg");
        assertThat(chain.get(0).before()).as("created again after the delete").isNull();
    }

    @Test
    void aFailedCommandKeepsBeforeHasNoAfterAndChangesNothing()
    {
        start();
        submit("root", CommandType.USER_PUT, b -> ConfigCommands.encodeUserPut("alice", Role.TRADER, b));
        submit("root", CommandType.USER_PUT, b -> ConfigCommands.encodeUserPut("bob", Role.TRADER, b));
        submit("alice", CommandType.USER_CONFIG_PUT, configPut(CREATE, "a-cfg", "alice", "{\"v\":1}"));
        submit("bob", CommandType.USER_CONFIG_PUT, configPut(UPDATE, "a-cfg", "bob", "{\"v\":666}"));
        submit("alice", CommandType.USER_CONFIG_PUT, configPut(UPDATE, "a-cfg", "alice", "{\"v\":2}"));

        final List<AuditEntry> chain = query(kind("USER_CONFIG_PUT"));

        assertThat(chain).extracting(AuditEntry::result).containsExactly("OK", "INVALID", "OK");
        assertThat(document(chain.get(1).before())).isEqualTo("{\"v\":1}");
        assertThat(chain.get(1).after()).isNull();
        assertThat(document(chain.get(1).request())).isEqualTo("{\"v\":666}");
        assertThat(document(chain.get(0).before())).isEqualTo("{\"v\":1}");
    }

    @Test
    void deletingAUserEndsTheChainsOfTheirKeysAndConfigurations()
    {
        start();
        submit("root", CommandType.USER_PUT, b -> ConfigCommands.encodeUserPut("alice", Role.TRADER, b));
        submit("alice", CommandType.USER_CONFIG_PUT, configPut(CREATE, "a-cfg", "alice", "{\"v\":1}"));
        submit("root", CommandType.USER_DELETE, b -> ConfigCommands.encodeUserDelete("alice", b));
        submit("root", CommandType.USER_PUT, b -> ConfigCommands.encodeUserPut("alice", Role.VIEWER, b));
        submit("alice", CommandType.USER_CONFIG_PUT, configPut(CREATE, "a-cfg", "alice", "{\"v\":2}"));

        final List<AuditEntry> entries = query(AuditQuery.all());

        assertThat(entries.get(0).result()).isEqualTo("OK");
        assertThat(entries.get(0).before()).isNull();
        assertThat(entries.get(1).before()).as("the user was deleted").isNull();
        assertThat(entries.get(1).after()).containsEntry("role", "viewer");
    }

    @Test
    void masksSealedValuesAndNeverShowsKeyHashes()
    {
        start();
        submit("root", CommandType.USER_PUT, b -> ConfigCommands.encodeUserPut("alice", Role.TRADER, b));
        submit("root", CommandType.API_KEY_PUT, keyPut("00000000000000a1", "alice"));
        submit("alice", CommandType.USER_CONFIG_PUT,
            configPut(CREATE, "a-cfg", "alice", "{\"password\":\"enc:v1:c2VjcmV0LXNlYWxlZA\"}"));

        final List<AuditEntry> entries = query(AuditQuery.all());

        assertThat(document(entries.get(0).after())).isEqualTo("{\"password\":\"***\"}");
        assertThat(entries.get(1).after()).containsEntry("sha256", ConfigCommands.REDACTED);
        assertThat(entries.toString()).doesNotContain("enc:v1:", "c2VjcmV0");
    }

    @Test
    void describesCommandsNoStageHandlesAsFailed()
    {
        start();
        final FeatureSet set = new FeatureSet("alice", "momentum", List.of(), List.of(), List.of("rsi(close,14)"));
        submit("alice", CommandType.FEATURE_SET_PUT, b -> FeatureSetCodec.encodePut(set, b));

        final AuditEntry entry = query(AuditQuery.all()).get(0);

        assertThat(entry.target()).isEqualTo("alice/momentum");
        assertThat(entry.result()).isEqualTo("UNKNOWN_COMMAND");
        assertThat(entry.request()).containsEntry("features", List.of("rsi(close,14)"));
        assertThat(entry.after()).isNull();
    }

    @Test
    void readsVersion1RecordsAsIssuedByTheSystem()
    {
        journal = Journal.open(dir.resolve("journal"), false);
        final UnsafeBuffer payload = new UnsafeBuffer(new byte[256]);
        final int length = ConfigCommands.encodeUserPut("legacy", Role.VIEWER, payload);
        final UnsafeBuffer record = new UnsafeBuffer(new byte[EventCodec.MAX_LENGTH]);
        record.putLong(EventCodec.SEQUENCE_OFFSET, 0, EventCodec.ORDER);
        record.putByte(EventCodec.VERSION_OFFSET, EventCodec.VERSION_1);
        record.putByte(EventCodec.TYPE_OFFSET, EventType.COMMAND);
        record.putInt(EventCodec.SYMBOL_ID_OFFSET, -1, EventCodec.ORDER);
        record.putLong(EventCodec.TIME_OFFSET, T0, EventCodec.ORDER);
        record.putInt(EventCodec.COMMAND_TYPE_OFFSET, CommandType.USER_PUT, EventCodec.ORDER);
        record.putInt(EventCodec.COMMAND_PAYLOAD_LENGTH_OFFSET, length, EventCodec.ORDER);
        record.putBytes(EventCodec.V1_COMMAND_PAYLOAD_OFFSET, payload, 0, length);
        journal.input().append(record, EventCodec.V1_COMMAND_PAYLOAD_OFFSET + length);
        journal.input().releaseAppender();
        startEngine();
        submit("root", CommandType.USER_PUT, b -> ConfigCommands.encodeUserPut("legacy", Role.TRADER, b));

        final List<AuditEntry> entries = query(AuditQuery.all());

        assertThat(entries).extracting(AuditEntry::actor).containsExactly("root", AuditEntry.SYSTEM);
        assertThat(entries.get(1).timeNanos()).isEqualTo(T0);
        assertThat(entries.get(0).before()).containsEntry("role", "viewer");
    }

    @Test
    void leavesOutCommandsTheEngineHasNotAppliedYet()
    {
        start();
        submit("root", CommandType.USER_PUT, b -> ConfigCommands.encodeUserPut("alice", Role.TRADER, b));
        final long bound = journal.lastSequence();
        submit("root", CommandType.USER_PUT, b -> ConfigCommands.encodeUserPut("bob", Role.TRADER, b));
        awaitApplied();

        final AuditResult result = new AuditLog(journal, () -> bound).scan(AuditQuery.all());

        assertThat(result.entries()).extracting(AuditEntry::target).containsExactly("alice");
        assertThat(result.throughSequence()).isEqualTo(bound);
    }

    private void start()
    {
        journal = Journal.open(dir.resolve("journal"), false);
        startEngine();
    }

    private void startEngine()
    {
        counters = new EngineCounters();
        engine = Engine.open(EngineConfig.defaults(), journal, List.of(new ConfigStage()), List.of(), counters);
        engine.start();
        audit = new AuditLog(journal, counters.processedSequence::get);
    }

    private void at(final long timeNanos)
    {
        engine.publisher().timer(SourceIds.TIMER, ++timerPosition, timeNanos);
    }

    private void submit(final String actor, final int type, final ToIntFunction<MutableDirectBuffer> encoder)
    {
        final UnsafeBuffer payload = new UnsafeBuffer(new byte[2048]);
        final int length = encoder.applyAsInt(payload);
        try
        {
            engine.submit(SourceIds.API, actor, type, payload, length).get(10, TimeUnit.SECONDS);
        }
        catch (final Exception ex)
        {
            throw new AssertionError("command " + CommandType.name(type) + " did not complete", ex);
        }
    }

    private void awaitApplied()
    {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (counters.processedSequence.get() < journal.lastSequence() && System.nanoTime() < deadline)
        {
            Thread.onSpinWait();
            Thread.yield();
        }
        assertThat(counters.processedSequence.get()).isEqualTo(journal.lastSequence());
    }

    private AuditResult scan(final AuditQuery query)
    {
        awaitApplied();
        return audit.scan(query);
    }

    private List<AuditEntry> query(final AuditQuery query)
    {
        awaitApplied();
        return audit.query(query);
    }

    private static AuditQuery kind(final String kind)
    {
        return new AuditQuery(null, kind, Long.MIN_VALUE, Long.MAX_VALUE, AuditQuery.MAX_LIMIT);
    }

    private static String document(final Map<String, Object> state)
    {
        return state == null ? null : (String)state.get("document");
    }

    private static ToIntFunction<MutableDirectBuffer> configPut(final ConfigCommands.Mode mode, final String id,
        final String user, final String document)
    {
        final UserConfig config = new UserConfig(id, user, "cfg " + id, "", document, 0, 0);
        return b -> ConfigCommands.encodeUserConfigPut(mode, config, b);
    }

    private static ToIntFunction<MutableDirectBuffer> configDelete(final String id, final String user)
    {
        return b -> ConfigCommands.encodeUserConfigDelete(id, user, b);
    }

    private static ToIntFunction<MutableDirectBuffer> keyPut(final String keyId, final String user)
    {
        return b -> ConfigCommands.encodeApiKeyPut(new ApiKey(keyId, user, new byte[ApiKey.HASH_LENGTH], "laptop", 0),
            b);
    }
}
