package io.tradingcore.event;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest
{
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[EventCodec.MAX_LENGTH]);

    @Property(tries = 500)
    void roundTripsEveryEventType(@ForAll("events") final Event original)
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
    }

    @Property(tries = 200)
    void truncatedRecordsAreRefusedWithAFormatError(@ForAll("events") final Event original)
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

    @Provide
    Arbitrary<Event> events()
    {
        final Arbitrary<Byte> types = Arbitraries.of(EventType.TICK, EventType.BAR, EventType.EXEC_REPORT,
            EventType.COMMAND, EventType.TIMER, EventType.SYMBOL);
        final Arbitrary<Long> longs = Arbitraries.longs();
        final Arbitrary<Double> doubles = Arbitraries.doubles().withSpecialValue(Double.NaN)
            .withSpecialValue(Double.POSITIVE_INFINITY).withSpecialValue(-0.0);
        final Arbitrary<byte[]> payloads = Arbitraries.bytes().array(byte[].class).ofMaxSize(Event.MAX_PAYLOAD);
        return Combinators.combine(types, longs, longs, Arbitraries.integers(), doubles, doubles, payloads,
            Arbitraries.shorts()).as((type, sequence, time, symbol, price, volume, payload, source) ->
            {
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
                event.execReport.status = (byte)(int)symbol;
                event.execReport.lastPrice = price;
                event.execReport.commission = volume;
                event.commandType = symbol;
                event.correlationId = time;
                event.payloadLength = payload.length;
                event.payload.putBytes(0, payload);
                return event;
            });
    }
}
