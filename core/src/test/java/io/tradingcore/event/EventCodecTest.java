package io.tradingcore.event;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.byteArrays;
import static org.quicktheories.generators.Generate.bytes;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.oneOf;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

class EventCodecTest
{
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[EventCodec.MAX_LENGTH]);

    @Test
    void roundTripsEveryEventType()
    {
        qt().withExamples(500).forAll(events()).checkAssert(this::assertRoundTrips);
    }

    private void assertRoundTrips(final Event original)
    {
        final int length = EventCodec.encode(original, buffer);
        final Event decoded = new Event();
        EventCodec.decode(buffer, length, decoded);

        final UnsafeBuffer again = new UnsafeBuffer(new byte[EventCodec.MAX_LENGTH]);
        assertThat(EventCodec.encode(decoded, again)).isEqualTo(length);
        for (int i = 0; i < length; i++)
        {
            assertThat(again.getByte(i)).as("byte %d", i).isEqualTo(buffer.getByte(i));
        }
        assertThat(decoded.sequence).isEqualTo(original.sequence);
        assertThat(decoded.type).isEqualTo(original.type);
        assertThat(decoded.timeNanos).isEqualTo(original.timeNanos);
        assertThat(decoded.sourceId).isEqualTo(original.sourceId);
        assertThat(decoded.sourcePosition).isEqualTo(original.sourcePosition);
        assertThat(decoded.symbolId).isEqualTo(original.symbolId);
        if (original.type == EventType.COMMAND)
        {
            assertThat(decoded.actor()).isEqualTo(original.actor());
            assertThat(decoded.payloadLength).isEqualTo(original.payloadLength);
        }
        if (original.type == EventType.EXEC_REPORT)
        {
            assertThat(decoded.execReport).usingRecursiveComparison()
                .withComparatorForType(Double::compare, Double.class).isEqualTo(original.execReport);
        }
        if (original.type == EventType.ACCOUNT)
        {
            assertThat(decoded.account).usingRecursiveComparison().withComparatorForType(Double::compare, Double.class)
                .isEqualTo(original.account);
        }
        if (original.type == EventType.POSITION)
        {
            assertThat(decoded.position).usingRecursiveComparison()
                .withComparatorForType(Double::compare, Double.class).isEqualTo(original.position);
        }
    }

    @Test
    void truncatedRecordsAreRefusedWithAFormatError()
    {
        qt().withExamples(200).forAll(events()).checkAssert(this::assertTruncatedRecordsAreRefused);
    }

    private void assertTruncatedRecordsAreRefused(final Event original)
    {
        final int length = EventCodec.encode(original, buffer);
        if (original.type != EventType.TIMER)
        {
            assertThatThrownBy(() -> EventCodec.decode(buffer, length - 1, new Event()))
                .isInstanceOf(JournalFormatException.class);
        }
        assertThatThrownBy(() -> EventCodec.decode(buffer, EventCodec.HEADER_LENGTH - 1, new Event()))
            .isInstanceOf(JournalFormatException.class);
    }

    @Test
    void tickLayoutMatchesTheDocumentedOffsets()
    {
        final Event tick = new Event();
        tick.sequence = 0x0102030405060708L;
        tick.type = EventType.TICK;
        tick.sourceId = 7;
        tick.symbolId = 3;
        tick.timeNanos = 1_385_337_600_000_000_000L;
        tick.sourcePosition = 2;
        tick.bid = 800.01;
        tick.ask = 800.02;
        tick.last = 800.015;
        tick.volume = 0.1;

        assertThat(EventCodec.encode(tick, buffer)).isEqualTo(64);
        assertThat(buffer.getByte(0)).isEqualTo((byte)0x08);
        assertThat(buffer.getByte(7)).isEqualTo((byte)0x01);
        assertThat(buffer.getByte(8)).isEqualTo(EventCodec.VERSION);
        assertThat(buffer.getByte(9)).isEqualTo(EventType.TICK);
        assertThat(buffer.getShort(10, EventCodec.ORDER)).isEqualTo((short)7);
        assertThat(buffer.getInt(12, EventCodec.ORDER)).isEqualTo(3);
        assertThat(buffer.getLong(16, EventCodec.ORDER)).isEqualTo(1_385_337_600_000_000_000L);
        assertThat(buffer.getDouble(32, EventCodec.ORDER)).isEqualTo(800.01);
        assertThat(buffer.getDouble(56, EventCodec.ORDER)).isEqualTo(0.1);
    }

    @Test
    void commandLayoutMatchesTheDocumentedOffsets()
    {
        final Event command = new Event();
        command.type = EventType.COMMAND;
        command.commandType = CommandType.USER_PUT;
        command.correlationId = 77;
        command.putActor("alice@desk");
        command.payloadLength = command.payload.putStringWithoutLengthAscii(0, "body");

        assertThat(EventCodec.encode(command, buffer)).isEqualTo(120 + 4);
        assertThat(buffer.getByte(8)).isEqualTo((byte)2);
        assertThat(buffer.getInt(32, EventCodec.ORDER)).isEqualTo(CommandType.USER_PUT);
        assertThat(buffer.getInt(36, EventCodec.ORDER)).isEqualTo(4);
        assertThat(buffer.getLong(40, EventCodec.ORDER)).isEqualTo(77);
        assertThat(buffer.getByte(48)).isEqualTo((byte)10);
        assertThat(buffer.getStringWithoutLengthAscii(56, 10)).isEqualTo("alice@desk");
        assertThat(buffer.getStringWithoutLengthAscii(120, 4)).isEqualTo("body");
    }

    @Test
    void zeroFillsTheUnusedActorBytesSoThatEqualEventsGiveEqualRecords()
    {
        final Event command = new Event();
        command.type = EventType.COMMAND;
        command.putActor("a-much-longer-actor-name");
        EventCodec.encode(command, buffer);
        command.putActor("bob");

        EventCodec.encode(command, buffer);

        for (int i = 56 + 3; i < 120; i++)
        {
            assertThat(buffer.getByte(i)).as("byte %d", i).isZero();
        }
        for (int i = 49; i < 56; i++)
        {
            assertThat(buffer.getByte(i)).as("pad byte %d", i).isZero();
        }
    }

    @Test
    void decodesAVersion1CommandWithAnEmptyActor()
    {
        final UnsafeBuffer v1 = new UnsafeBuffer(new byte[64]);
        v1.putLong(0, 42, EventCodec.ORDER);
        v1.putByte(8, (byte)1);
        v1.putByte(9, EventType.COMMAND);
        v1.putShort(10, SourceIds.API, EventCodec.ORDER);
        v1.putInt(12, -1, EventCodec.ORDER);
        v1.putLong(16, 1_000, EventCodec.ORDER);
        v1.putLong(24, -1, EventCodec.ORDER);
        v1.putInt(32, CommandType.KILL_SWITCH_ENGAGE, EventCodec.ORDER);
        v1.putInt(36, 3, EventCodec.ORDER);
        v1.putLong(40, 9, EventCodec.ORDER);
        v1.putStringWithoutLengthAscii(48, "xyz");
        final Event decoded = new Event();
        decoded.putActor("stale");

        EventCodec.decode(v1, 51, decoded);

        assertThat(decoded.sequence).isEqualTo(42);
        assertThat(decoded.type).isEqualTo(EventType.COMMAND);
        assertThat(decoded.sourceId).isEqualTo(SourceIds.API);
        assertThat(decoded.timeNanos).isEqualTo(1_000);
        assertThat(decoded.commandType).isEqualTo(CommandType.KILL_SWITCH_ENGAGE);
        assertThat(decoded.correlationId).isEqualTo(9);
        assertThat(decoded.actor()).isEmpty();
        assertThat(decoded.payloadAscii()).isEqualTo("xyz");
        assertThatThrownBy(() -> EventCodec.decode(v1, 50, new Event()))
            .isInstanceOf(JournalFormatException.class).hasMessageContaining("payload of 3 bytes");
    }

    @Test
    void decodesAVersion1TickAsBefore()
    {
        final Event tick = new Event();
        tick.type = EventType.TICK;
        tick.bid = 1.5;
        final int length = EventCodec.encode(tick, buffer);
        buffer.putByte(EventCodec.VERSION_OFFSET, EventCodec.VERSION_1);
        final Event decoded = new Event();

        EventCodec.decode(buffer, length, decoded);

        assertThat(decoded.bid).isEqualTo(1.5);
    }

    @Test
    void refusesAnActorLongerThanTheField()
    {
        final Event command = new Event();
        command.type = EventType.COMMAND;
        final int length = EventCodec.encode(command, buffer);
        buffer.putByte(EventCodec.COMMAND_ACTOR_LENGTH_OFFSET, (byte)65);

        assertThatThrownBy(() -> EventCodec.decode(buffer, length, new Event()))
            .isInstanceOf(JournalFormatException.class).hasMessageContaining("actor of 65 bytes");
    }

    @Test
    void refusesUnknownVersionAndType()
    {
        final Event tick = new Event();
        tick.type = EventType.TIMER;
        final int length = EventCodec.encode(tick, buffer);

        buffer.putByte(EventCodec.TYPE_OFFSET, (byte)99);
        assertThatThrownBy(() -> EventCodec.decode(buffer, length, new Event()))
            .isInstanceOf(JournalFormatException.class).hasMessageContaining("unknown type 99");

        buffer.putByte(EventCodec.VERSION_OFFSET, (byte)9);
        assertThatThrownBy(() -> EventCodec.decode(buffer, length, new Event()))
            .isInstanceOf(JournalFormatException.class).hasMessageContaining("version 9");
    }

    @Test
    void refusesAPayloadLengthBeyondTheRecord()
    {
        final Event command = new Event();
        command.type = EventType.COMMAND;
        command.payloadLength = 4;
        final int length = EventCodec.encode(command, buffer);
        buffer.putInt(EventCodec.COMMAND_PAYLOAD_LENGTH_OFFSET, 1000, EventCodec.ORDER);

        assertThatThrownBy(() -> EventCodec.decode(buffer, length, new Event()))
            .isInstanceOf(JournalFormatException.class).hasMessageContaining("payload of 1000 bytes");
    }

    /**
     * Events of every journaled type with arbitrary longs, ints and shorts, prices and volumes that include NaN,
     * infinity and negative zero, and payloads of 0 to {@link Event#MAX_PAYLOAD} arbitrary bytes (the empty and
     * the full payload included).
     */
    private static Gen<Event> events()
    {
        final Gen<Byte> types = arbitrary().pick(EventType.TICK, EventType.BAR, EventType.EXEC_REPORT,
            EventType.COMMAND, EventType.TIMER, EventType.SYMBOL, EventType.ACCOUNT, EventType.POSITION);
        final Gen<Long> longs = longs().all();
        final Gen<Integer> ints = integers().all();
        final Gen<Short> shorts = integers().between(Short.MIN_VALUE, Short.MAX_VALUE).map(Integer::shortValue);
        final Gen<Double> doubles = frequency(
            Pair.of(85, decimals(2)),
            Pair.of(5, arbitrary().pick(0.0, 0.01, -0.01, 1.0, -1.0, Double.MAX_VALUE, -Double.MAX_VALUE)),
            Pair.of(10, arbitrary().pick(Double.NaN, Double.POSITIVE_INFINITY, -0.0)));
        final Gen<Integer> payloadLengths = frequency(
            Pair.of(90, integers().between(0, Event.MAX_PAYLOAD)),
            Pair.of(10, arbitrary().pick(0, 1, Event.MAX_PAYLOAD - 1, Event.MAX_PAYLOAD)));
        final Gen<byte[]> payloads = byteArrays(payloadLengths, bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte)0));
        final Gen<byte[]> actors = byteArrays(integers().between(0, Event.MAX_ACTOR), bytes((byte)0x20, (byte)0x7E,
            (byte)0x20));
        final Gen<Event> events = in ->
        {
            final byte type = types.generate(in);
            final long sequence = longs.generate(in);
            final long time = longs.generate(in);
            final int symbol = ints.generate(in);
            final double price = doubles.generate(in);
            final double volume = doubles.generate(in);
            final byte[] payload = payloads.generate(in);
            final short source = shorts.generate(in);
            final byte[] actor = actors.generate(in);

            final Event event = new Event();
            event.type = type;
            event.sequence = sequence;
            event.timeNanos = time;
            event.symbolId = symbol;
            event.sourceId = source;
            event.sourcePosition = time ^ sequence;
            event.bid = price;
            event.ask = volume;
            event.last = -price;
            event.volume = volume;
            event.bar.set(symbol, (byte)(symbol & 7), time, price, price, volume, volume, volume, symbol);
            event.execReport.orderId = sequence;
            event.execReport.execId = time;
            event.execReport.brokerOrderId = -sequence;
            event.execReport.positionId = time + 1;
            event.execReport.execType = (byte)(symbol % 7);
            event.execReport.side = (byte)(symbol & 1);
            event.execReport.retcode = symbol;
            event.execReport.lastQuantity = volume;
            event.execReport.lastPrice = price;
            event.execReport.cumulativeQuantity = price + volume;
            event.execReport.leavesQuantity = -volume;
            event.execReport.averagePrice = price * 2;
            event.execReport.commission = volume;
            event.execReport.swap = -price;
            event.account.login = sequence;
            event.account.balance = price;
            event.account.equity = volume;
            event.account.margin = -price;
            event.account.freeMargin = price - volume;
            event.account.leverage = symbol;
            event.account.marginMode = (byte)(symbol % 3);
            event.position.login = time;
            event.position.asOfNanos = sequence;
            event.position.index = symbol;
            event.position.count = symbol >>> 1;
            event.position.ticket = time ^ 7;
            event.position.identifier = sequence ^ 5;
            event.position.magic = -time;
            event.position.side = (byte)(symbol & 1);
            event.position.volume = volume;
            event.position.priceOpen = price;
            event.position.stopLoss = -volume;
            event.position.takeProfit = price * 3;
            event.position.profit = volume - price;
            event.position.swap = -price;
            event.position.commission = volume / 2;
            event.position.openTimeNanos = time - 1;
            event.commandType = symbol;
            event.correlationId = time;
            event.payloadLength = payload.length;
            event.payload.putBytes(0, payload);
            event.putActor(new String(actor, StandardCharsets.US_ASCII));
            return event;
        };
        return events.describedAs(event -> event + " bid=" + event.bid + " ask=" + event.ask +
            " payloadLength=" + event.payloadLength + " actor=" + event.actor());
    }

    /**
     * Finite doubles with at most {@code scale} decimal places, from -{@link Double#MAX_VALUE} to
     * {@link Double#MAX_VALUE}: short decimals of up to 18 significant digits, and any finite double rounded to
     * the scale (which covers the magnitudes beyond 1e18, all integers).
     */
    private static Gen<Double> decimals(final int scale)
    {
        final Gen<Integer> digits = integers().between(0, 18);
        final Gen<Double> shortDecimals = in ->
        {
            final long bound = BigInteger.TEN.pow(digits.generate(in)).longValueExact();
            return BigDecimal.valueOf(longs().between(-bound, bound).generate(in), scale).doubleValue();
        };
        final Gen<Boolean> negative = booleans().all();
        final Gen<Long> magnitudeBits = longs().between(0, Double.doubleToRawLongBits(Double.MAX_VALUE));
        final Gen<Double> anyFinite = in ->
        {
            final long bits = magnitudeBits.generate(in);
            return Double.longBitsToDouble(negative.generate(in) ? bits | Long.MIN_VALUE : bits);
        };
        return oneOf(shortDecimals,
            anyFinite.map(value -> new BigDecimal(value).setScale(scale, RoundingMode.HALF_EVEN).doubleValue()));
    }
}
