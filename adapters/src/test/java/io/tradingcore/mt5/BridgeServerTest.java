package io.tradingcore.mt5;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.tradingcore.mt5.BridgeProtocol.ERROR_AUTH_FAILED;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_IDLE_TIMEOUT;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_NOT_AUTHENTICATED;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_SESSION_EXISTS;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_TOO_LARGE;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_UNKNOWN_TYPE;
import static io.tradingcore.mt5.BridgeProtocol.ERROR_UNSUPPORTED_VERSION;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_HEARTBEAT;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_ORDER_CANCEL;
import static io.tradingcore.mt5.BridgeProtocol.TYPE_ORDER_NEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The session rules of docs/mt5-protocol.md against a real {@link BridgeServer} over a real engine, with a raw
 * socket client: handshake, authentication, framing errors, timeouts, heartbeats, one session per login and the
 * server's order frames. Each test uses its own login (and so its own source id).
 */
class BridgeServerTest
{
    @TempDir
    static Path dir;

    private static BridgeHarness harness;
    private static BridgeLeaks leaks;

    @BeforeAll
    static void start()
    {
        leaks = new BridgeLeaks();
        harness = new BridgeHarness(dir);
    }

    @AfterAll
    static void stop() throws InterruptedException
    {
        harness.close();
        try
        {
            leaks.assertNone();
            leaks.assertDetectsALeak();
        }
        finally
        {
            leaks.detach();
        }
    }

    private static BridgeTestClient client(final long login) throws Exception
    {
        return new BridgeTestClient(harness.port(), login);
    }

    @Test
    void handshakeAnswersChallengeAndAuthOk() throws Exception
    {
        final long before = System.currentTimeMillis();
        try (BridgeTestClient client = client(1001))
        {
            client.send(client.hello(1001, 0));
            final Challenge challenge = new Challenge().wrap(client.expect(BridgeProtocol.TYPE_CHALLENGE), 0);
            assertThat(challenge.heartbeatIntervalMs()).isEqualTo(100);
            assertThat(challenge.idleTimeoutMs()).isEqualTo(800);
            assertThat(challenge.serverTimeMs()).isBetween(before - 1000, System.currentTimeMillis() + 1000);
            assertThat(challenge.nonce()).isNotEqualTo(new byte[32]);
            client.send(client.auth(BridgeAuth.mac(BridgeTestClient.SECRET.getBytes(StandardCharsets.UTF_8),
                challenge.nonce(), 1001)));
            final AuthOk ok = new AuthOk().wrap(client.expect(BridgeProtocol.TYPE_AUTH_OK), 0);

            assertThat(ok.sessionId()).isNotZero();
            assertThat(ok.lastClientSequence()).isZero();
            assertThat(ok.serverTimeMs()).isBetween(before - 1000, System.currentTimeMillis() + 1000);
            assertThat(ok.sequence()).isGreaterThan(challenge.sequence());
            BridgeHarness.await(() -> harness.server.session(1001) != null, "the live session");
            final BridgeSession session = harness.server.session(1001);
            assertThat(session.sessionId()).isEqualTo(ok.sessionId());
            assertThat(session.login()).isEqualTo(1001);
            assertThat(session.helloLastServerSequence()).isZero();

            try (BridgeTestClient other = client(1002))
            {
                other.send(other.hello(1002, 0));
                final Challenge second = new Challenge().wrap(other.expect(BridgeProtocol.TYPE_CHALLENGE), 0);
                assertThat(second.nonce()).as("a new nonce per connection").isNotEqualTo(challenge.nonce());
            }
        }
    }

    @Test
    void wrongMacIsRefusedAndClosed() throws Exception
    {
        try (BridgeTestClient client = client(1003))
        {
            client.send(client.hello(1003, 0));
            client.expect(BridgeProtocol.TYPE_CHALLENGE);
            final UnsafeBuffer auth = client.auth(new byte[32]);
            client.send(auth);
            final ErrorFrame error = client.expectError(ERROR_AUTH_FAILED);
            assertThat(error.refSequence()).isEqualTo(BridgeCodec.sequence(auth, 0));
            assertThat(error.message()).contains("wrong MAC").contains("1003");
            client.expectClosed();
        }
        assertThat(harness.server.session(1003)).isNull();
    }

    @Test
    void framesBeforeAuthOkAreRefused() throws Exception
    {
        try (BridgeTestClient client = client(1004))
        {
            client.send(client.tick(0, 1_795_780_800_250L, 1.05312, 1.05315));
            assertThat(client.expectError(ERROR_NOT_AUTHENTICATED).message()).contains("TICK").contains("HELLO");
            client.expectClosed();
        }
        try (BridgeTestClient client = client(1004))
        {
            client.send(client.hello(1004, 0));
            client.expect(BridgeProtocol.TYPE_CHALLENGE);
            client.send(client.heartbeat(0));
            assertThat(client.expectError(ERROR_NOT_AUTHENTICATED).message()).contains("HEARTBEAT");
            client.expectClosed();
        }
    }

    @Test
    void aLengthAboveTheLimitIsRefusedBeforeTheBody() throws Exception
    {
        try (BridgeTestClient client = client(1005))
        {
            final UnsafeBuffer header = new UnsafeBuffer(new byte[BridgeProtocol.HEADER_LENGTH]);
            BridgeCodec.writeHeader(header, 0, 70_000, BridgeProtocol.TYPE_TICK, 7);
            client.sendRaw(header.byteArray());
            final ErrorFrame error = client.expectError(ERROR_TOO_LARGE);
            assertThat(error.message()).contains("70000");
            assertThat(error.refSequence()).isEqualTo(7);
            client.expectClosed();
        }
        try (BridgeTestClient client = client(1005))
        {
            client.sendRaw(new byte[] {8, 0, 0, 0});
            assertThat(client.expectError(ERROR_TOO_LARGE).message()).contains("below 16");
            client.expectClosed();
        }
    }

    @Test
    void unknownTypeAndUnsupportedVersionClose() throws Exception
    {
        try (BridgeTestClient client = client(1006))
        {
            final UnsafeBuffer frame = new UnsafeBuffer(new byte[BridgeProtocol.HEADER_LENGTH]);
            BridgeCodec.writeHeader(frame, 0, BridgeProtocol.HEADER_LENGTH, 99, 1);
            client.sendRaw(frame.byteArray());
            assertThat(client.expectError(ERROR_UNKNOWN_TYPE).message()).contains("unknown type 99");
            client.expectClosed();
        }
        try (BridgeTestClient client = client(1006))
        {
            final UnsafeBuffer hello = client.hello(1006, 0);
            hello.putByte(BridgeProtocol.VERSION_OFFSET, (byte)2);
            client.send(hello);
            client.expectError(ERROR_UNSUPPORTED_VERSION);
            client.expectClosed();
        }
        try (BridgeTestClient client = client(1006))
        {
            client.send(client.encode(new Hello(), hello -> hello.login(1006).minVersion(2).maxVersion(3)));
            assertThat(client.expectError(ERROR_UNSUPPORTED_VERSION).message()).contains("2..3");
            client.expectClosed();
        }
    }

    @Test
    void framesDeliveredOneByteAtATimeAreAccepted() throws Exception
    {
        try (BridgeTestClient client = client(1007))
        {
            client.sendSlowly(client.hello(1007, 0), 1);
            final Challenge challenge = new Challenge().wrap(client.expect(BridgeProtocol.TYPE_CHALLENGE), 0);
            client.send(client.auth(BridgeAuth.mac(BridgeTestClient.SECRET.getBytes(StandardCharsets.UTF_8),
                challenge.nonce(), 1007)));
            client.expect(BridgeProtocol.TYPE_AUTH_OK);
            client.send(client.symbolInfo(0, "EURUSD"));
            final UnsafeBuffer tick = client.tick(0, 1_795_780_800_250L, 1.05312, 1.05315);
            client.sendSlowly(tick, 1);
            assertThat(harness.awaitEvents(BridgeServer.sourceId(1007), 1).get(0).sourcePosition)
                .isEqualTo(BridgeCodec.sequence(tick, 0));
        }
    }

    @Test
    void silenceEndsTheSessionWithIdleTimeout() throws Exception
    {
        try (BridgeTestClient client = client(1008))
        {
            client.handshake();
            final long start = System.nanoTime();
            final ErrorFrame error = client.expectError(ERROR_IDLE_TIMEOUT);
            assertThat((System.nanoTime() - start) / 1_000_000).isBetween(500L, 2500L);
            assertThat(error.message()).contains("800 ms");
            client.expectClosed();
        }
    }

    @Test
    void heartbeatsAcknowledgeWhatIsJournaled() throws Exception
    {
        try (BridgeTestClient client = client(1009))
        {
            client.handshake();
            client.send(client.symbolInfo(0, "EURUSD"));
            final UnsafeBuffer tick = client.tick(0, 1_795_780_800_250L, 1.05312, 1.05315);
            client.send(tick);
            final long tickSequence = BridgeCodec.sequence(tick, 0);
            long acknowledged = -1;
            for (int i = 0; i < 20 && acknowledged != tickSequence; i++)
            {
                acknowledged = new Heartbeat().wrap(client.expect(TYPE_HEARTBEAT), 0).ackSequence();
                client.send(client.heartbeat(0));
            }
            assertThat(acknowledged).isEqualTo(tickSequence);
        }
    }

    @Test
    void aSecondSessionForALiveLoginIsRefusedAndTheFirstGoesOn() throws Exception
    {
        try (BridgeTestClient first = client(1010))
        {
            first.handshake();
            try (BridgeTestClient second = client(1010))
            {
                second.send(second.hello(1010, 0));
                final Challenge challenge = new Challenge().wrap(second.expect(BridgeProtocol.TYPE_CHALLENGE), 0);
                second.send(second.auth(BridgeAuth.mac(BridgeTestClient.SECRET.getBytes(StandardCharsets.UTF_8),
                    challenge.nonce(), 1010)));
                assertThat(second.expectError(ERROR_SESSION_EXISTS).message()).contains("1010")
                    .contains("already has a live session");
                second.expectClosed();
            }
            first.send(first.heartbeat(0));
            try (BridgeTestClient sameSourceId = client(1010 + BridgeServer.SOURCE_IDS))
            {
                assertThat(BridgeServer.sourceId(sameSourceId.login)).isEqualTo(BridgeServer.sourceId(1010));
                sameSourceId.send(sameSourceId.hello(sameSourceId.login, 0));
                final Challenge challenge =
                    new Challenge().wrap(sameSourceId.expect(BridgeProtocol.TYPE_CHALLENGE), 0);
                sameSourceId.send(sameSourceId.auth(BridgeAuth.mac(
                    BridgeTestClient.SECRET.getBytes(StandardCharsets.UTF_8), challenge.nonce(), sameSourceId.login)));
                assertThat(sameSourceId.expectError(ERROR_SESSION_EXISTS).message())
                    .contains("source id " + BridgeServer.sourceId(1010)).contains("1010");
                sameSourceId.expectClosed();
            }
            first.send(first.symbolInfo(0, "EURUSD"));
            final UnsafeBuffer tick = first.tick(0, 1_795_780_800_250L, 1.1, 1.2);
            first.send(tick);
            assertThat(harness.awaitEvents(BridgeServer.sourceId(1010), 1).get(0).sourcePosition)
                .isEqualTo(BridgeCodec.sequence(tick, 0));
            assertThat(harness.server.session(1010)).isNotNull();
        }
    }

    @Test
    void ordersReachTheClientWithIncreasingServerSequences() throws Exception
    {
        assertThat(harness.server.sendOrderNew(1011, order -> order.clientOrderId(1))).isFalse();
        try (BridgeTestClient client = client(1011))
        {
            final AuthOk ok = client.handshake();
            BridgeHarness.await(() -> harness.server.session(1011) != null, "the live session");
            for (int id = 1; id <= 2; id++)
            {
                final long clientOrderId = id;
                assertThat(harness.server.sendOrderNew(1011, order -> order.clientOrderId(clientOrderId).magic(77)
                    .volume(0.1).symbolIndex(0).side(BridgeProtocol.SIDE_SELL).deviationPoints(10)
                    .comment("test " + clientOrderId))).isTrue();
            }
            assertThat(harness.server.sendOrderCancel(1011, 2)).isTrue();
            assertThatThrownBy(() -> harness.server.sendOrderNew(1011, order -> order.volume(0.1).price(1.1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("price");

            final OrderNew first = new OrderNew().wrap(client.expect(TYPE_ORDER_NEW), 0);
            final OrderNew second = new OrderNew().wrap(client.expect(TYPE_ORDER_NEW), 0);
            final OrderCancel cancel = new OrderCancel().wrap(client.expect(TYPE_ORDER_CANCEL), 0);
            assertThat(first.clientOrderId()).isEqualTo(1);
            assertThat(first.magic()).isEqualTo(77);
            assertThat(first.volume()).isEqualTo(0.1);
            assertThat(first.side()).isEqualTo(BridgeProtocol.SIDE_SELL);
            assertThat(first.comment()).isEqualTo("test 1");
            assertThat(second.clientOrderId()).isEqualTo(2);
            assertThat(cancel.clientOrderId()).isEqualTo(2);
            assertThat(first.sequence()).isGreaterThan(ok.sequence());
            assertThat(second.sequence()).isGreaterThan(first.sequence());
            assertThat(cancel.sequence()).isGreaterThan(second.sequence());
            assertThat(harness.server.counters().framesOut(TYPE_ORDER_NEW)).isGreaterThanOrEqualTo(2);
        }
    }
}
