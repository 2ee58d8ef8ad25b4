package io.tradingcore.journal;

import io.tradingcore.event.Event;
import io.tradingcore.event.EventCodec;
import io.tradingcore.event.EventType;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalQueueTest
{
    @TempDir
    Path dir;

    @Test
    void readsBackEveryRecordInOrderAfterReopening()
    {
        final UnsafeBuffer record = new UnsafeBuffer(new byte[EventCodec.MAX_LENGTH]);
        final Event tick = new Event();
        tick.type = EventType.TICK;
        try (Journal journal = Journal.open(dir, false))
        {
            for (int i = 0; i < 10_000; i++)
            {
                tick.sequence = i;
                tick.timeNanos = 1_000L * i;
                tick.last = 100 + i * 0.25;
                journal.input().append(record, EventCodec.encode(tick, record));
            }
        }

        try (Journal journal = Journal.open(dir, true); JournalQueue.Reader reader = journal.input().reader())
        {
            assertThat(journal.lastSequence()).isEqualTo(9_999);
            final Event decoded = new Event();
            int length;
            int count = 0;
            while ((length = reader.next(record)) >= 0)
            {
                EventCodec.decode(record, length, decoded);
                assertThat(decoded.sequence).isEqualTo(count);
                assertThat(decoded.last).isEqualTo(100 + count * 0.25);
                count++;
            }
            assertThat(count).isEqualTo(10_000);
            assertThat(journal.lastOutputCause()).isEqualTo(-1);
        }
    }

    @Test
    void aJournalHasOneWriterAtATime()
    {
        try (Journal writer = Journal.open(dir, false))
        {
            assertThatThrownBy(() -> Journal.open(dir, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already open");
            try (Journal reader = Journal.open(dir, true))
            {
                assertThat(reader.lastSequence()).isEqualTo(-1);
            }
        }
        Journal.open(dir, false).close();
    }

    @Test
    void emptyJournalHasNoLastSequence()
    {
        try (Journal journal = Journal.open(dir, false))
        {
            assertThat(journal.lastSequence()).isEqualTo(-1);
            assertThat(journal.lastOutputCause()).isEqualTo(-1);
        }
    }

    @Test
    void readerCanSeekToAnAppendedIndex()
    {
        final UnsafeBuffer record = new UnsafeBuffer(new byte[EventCodec.MAX_LENGTH]);
        final Event timer = new Event();
        timer.type = EventType.TIMER;
        long indexOf500 = -1;
        try (Journal journal = Journal.open(dir, false))
        {
            for (int i = 0; i < 1_000; i++)
            {
                timer.sequence = i;
                final long index = journal.input().append(record, EventCodec.encode(timer, record));
                if (i == 500)
                {
                    indexOf500 = index;
                }
            }
            journal.input().sync();
            try (JournalQueue.Reader reader = journal.input().reader())
            {
                assertThat(reader.moveToIndex(indexOf500)).isTrue();
                final int length = reader.next(record);
                final Event decoded = new Event();
                EventCodec.decode(record, length, decoded);
                assertThat(decoded.sequence).isEqualTo(500);
            }
        }
    }
}
