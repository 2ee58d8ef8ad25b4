package io.tradingcore.mt5;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and mutated frames after authentication (seeded, so a failure reproduces) must never take the server
 * down or leak a Netty buffer: afterwards a fresh client still connects and streams, and the leak detector
 * (PARANOID) reports nothing.
 */
class BridgeFuzzTest
{
    private static final int CONNECTIONS = 60;
    private static final int FRAMES_PER_CONNECTION = 100;
    private static final long TIME_MS = 1_795_780_800_250L;
    private static final long FIRST_LOGIN = 3000;
    /** A login whose source id no fuzzed login uses (ids 16 + login mod 240). */
    private static final long FRESH_LOGIN = 3100;

    @TempDir
    Path dir;

    @Test
    void randomAndMutatedFramesNeverKillTheServer() throws Exception
    {
        final BridgeLeaks leaks = new BridgeLeaks();
        try
        {
            try (BridgeHarness harness = new BridgeHarness(dir))
            {
                final Random random = new Random(20261127L);
                for (int c = 0; c < CONNECTIONS; c++)
                {
                    fuzzOneConnection(harness, FIRST_LOGIN + c, random);
                }
                final BridgeCounters counters = harness.server.counters();
                assertThat(counters.framesIn.get()).isGreaterThan(2000);
                assertThat(counters.errorsSent(BridgeProtocol.ERROR_MALFORMED)).isPositive();
                assertThat(counters.errorsSent(BridgeProtocol.ERROR_INVALID_VALUE)).isPositive();
                assertThat(counters.errorsSent(BridgeProtocol.ERROR_UNKNOWN_SYMBOL)).isPositive();
                assertThat(counters.errorsSent(BridgeProtocol.ERROR_SEQUENCE)).isPositive();
                assertThat(counters.ticksPublished.get()).isPositive();
                BridgeHarness.await(() -> counters.sessionsActive.get() == 0, "every fuzzed session to end");

                stillStreams(harness);
            }
            leaks.assertNone();
        }
        finally
        {
            leaks.detach();
        }
    }

    private static void fuzzOneConnection(final BridgeHarness harness, final long login, final Random random)
        throws Exception
    {
        try (BridgeTestClient client = new BridgeTestClient(harness.port(), login))
        {
            client.handshake();
            client.sendRaw(BridgeTestClient.concat(client.symbolInfo(0, "EURUSD"), client.symbolInfo(1, "XAUUSD")));
            final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int i = 0; i < FRAMES_PER_CONNECTION; i++)
            {
                bytes.writeBytes(fuzzedFrame(client, random));
            }
            try
            {
                client.sendRaw(bytes.toByteArray());
                client.shutdownOutput();
            }
            catch (final IOException closedByTheServer)
            {
                // a structural error closed the connection while the frames were still being written
            }
            client.drain();
        }
    }

    /**
     * Mostly frames that pass the structural checks (so the connection lives on): valid ones, ones with value
     * errors, undeclared symbols or reused sequences, and ticks with random numeric fields; a few per hundred with
     * random bytes anywhere or random garbage, which usually close the connection.
     */
    private static byte[] fuzzedFrame(final BridgeTestClient client, final Random random)
    {
        final int dice = random.nextInt(100);
        final byte[] frame = BridgeTestClient.bytes(validFrame(client, random));
        if (dice < 2)
        {
            final int flips = 1 + random.nextInt(3);
            for (int i = 0; i < flips; i++)
            {
                final int at = random.nextInt(10) == 0 ? random.nextInt(4) : 4 + random.nextInt(frame.length - 4);
                frame[at] = (byte)random.nextInt(256);
            }
            return frame;
        }
        if (dice < 3)
        {
            return garbage(random);
        }
        if (dice < 15)
        {
            client.sequence -= random.nextInt(5);
            return frame;
        }
        if (dice < 30 && BridgeCodec.type(new UnsafeBuffer(frame), 0) == BridgeProtocol.TYPE_TICK)
        {
            final UnsafeBuffer tick = new UnsafeBuffer(frame);
            final int at = BridgeProtocol.HEADER_LENGTH + 8 * random.nextInt(5);
            final long bits = random.nextLong();
            final long finite = Double.isFinite(Double.longBitsToDouble(bits)) ? bits : bits >>> 2;
            tick.putLong(at, finite, BridgeProtocol.BYTE_ORDER);
        }
        return frame;
    }

    /** A frame with a consistent length and version 1 but random type and bytes. */
    private static byte[] garbage(final Random random)
    {
        final byte[] garbage = new byte[16 + random.nextInt(200)];
        random.nextBytes(garbage);
        final UnsafeBuffer header = new UnsafeBuffer(garbage);
        header.putInt(0, garbage.length, BridgeProtocol.BYTE_ORDER);
        header.putByte(BridgeProtocol.VERSION_OFFSET, (byte)1);
        header.putByte(BridgeProtocol.FLAGS_OFFSET, (byte)0);
        return garbage;
    }

    private static UnsafeBuffer validFrame(final BridgeTestClient client, final Random random)
    {
        final int index = random.nextInt(3);
        final double price = random.nextInt(10) == 0 ? -1.0 : 1 + random.nextDouble();
        return switch (random.nextInt(8))
        {
            case 0 -> client.encode(new Bar(), f -> f.symbolIndex(index).openTimeMs(TIME_MS)
                .timeframe(random.nextInt(8)).open(price).high(price + 0.1).low(price - 0.1).close(price));
            case 1 -> client.encode(new ExecReport(), f -> f.clientOrderId(random.nextLong()).symbolIndex(index)
                .timeMs(TIME_MS).execType(random.nextInt(8)).side(random.nextInt(2)).lastPrice(price)
                .text("fuzz"));
            case 2 -> client.accountInfo();
            case 3 -> client.heartbeat(random.nextLong());
            case 4 -> client.symbolInfo(index, random.nextBoolean() ? "EURUSD" : "GBPUSD");
            case 5 -> client.encode(new PositionsSnapshot(), f -> f.asOfMs(TIME_MS).count(1 + random.nextInt(2))
                .entry(0).symbolIndex(index).volume(price).side(1));
            default -> client.tick(index, TIME_MS + random.nextInt(1000), price, price + 0.0001);
        };
    }

    private static void stillStreams(final BridgeHarness harness) throws Exception
    {
        try (BridgeTestClient client = new BridgeTestClient(harness.port(), FRESH_LOGIN))
        {
            client.handshake();
            client.send(client.symbolInfo(0, "EURUSD"));
            UnsafeBuffer last = null;
            for (int i = 0; i < 100; i++)
            {
                last = client.tick(0, TIME_MS + i, 1.1, 1.2);
                client.send(last);
            }
            final long lastSequence = BridgeCodec.sequence(last, 0);
            assertThat(harness.awaitEvents(BridgeServer.sourceId(FRESH_LOGIN), 100))
                .last().satisfies(e -> assertThat(e.sourcePosition).isEqualTo(lastSequence));
        }
    }
}
