package io.tradingcore.bench;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One ring hop, single producer to one consumer, measured as throughput: each invocation publishes
 * {@value #EVENTS} TICK events from the JMH thread and returns once the consumer has seen the last one.
 * <ul>
 *   <li>{@code disruptor}: a 1024-entry LMAX Disruptor ring of preallocated {@link Event}s (single-producer
 *       sequencer, one {@link EventHandler}), used directly, as the engine's ring is.</li>
 *   <li>{@code arrayBlockingQueue} (baseline): a 1024-slot {@link ArrayBlockingQueue} carrying events from a
 *       preallocated pool, so neither side allocates events.</li>
 * </ul>
 * The parameter is how the consumer waits for the next event: {@code wait=blocking} (Disruptor
 * {@link BlockingWaitStrategy}; queue {@code take}) or {@code wait=yielding} (Disruptor {@link YieldingWaitStrategy};
 * queue {@code poll}, then {@link Thread#yield}). The producer side is the same for both rings: a producer that
 * finds the ring full yields until there is room ({@link RingBuffer#hasAvailableCapacity} before {@code next()};
 * {@code offer} in a loop), and at the end of the invocation the JMH thread yields until the consumer has passed
 * the last event. So the comparison is of the hop itself, not of the two libraries' full-ring back-off (a bare
 * Disruptor {@code next()} on a full ring parks the producer with {@code LockSupport.parkNanos(1)}, which sleeps
 * for at least the OS timer slack, while the consumer may long have drained the ring). At most two threads run,
 * the JMH thread and the consumer, each yielding (never spinning) when it has to wait: within the two cores of
 * the reference machine.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RingHopBenchmark
{
    static final int RING_SIZE = 1024;
    static final int EVENTS = 16_384;

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long disruptor(final DisruptorHop hop)
    {
        final RingBuffer<Event> ring = hop.ring;
        long sequence = -1;
        for (int i = 0; i < EVENTS; i++)
        {
            while (!ring.hasAvailableCapacity(1))
            {
                Thread.yield();
            }
            sequence = ring.next();
            fillTick(ring.get(sequence), sequence, i);
            ring.publish(sequence);
        }
        while (ring.getMinimumGatingSequence() < sequence)
        {
            Thread.yield();
        }
        return sequence;
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long arrayBlockingQueue(final QueueHop hop)
    {
        final ArrayBlockingQueue<Event> queue = hop.queue;
        final Event[] pool = hop.pool;
        long sequence = hop.nextSequence;
        for (int i = 0; i < EVENTS; i++, sequence++)
        {
            final Event event = pool[(int)(sequence & (pool.length - 1))];
            fillTick(event, sequence, i);
            while (!queue.offer(event))
            {
                Thread.yield();
            }
        }
        hop.nextSequence = sequence;
        final long last = sequence - 1;
        while (hop.consumed.get() < last)
        {
            Thread.yield();
        }
        return last;
    }

    private static void fillTick(final Event event, final long sequence, final int i)
    {
        event.sequence = sequence;
        event.type = EventType.TICK;
        event.timeNanos = sequence;
        event.symbolId = 0;
        event.bid = i;
        event.ask = i + 1;
        event.last = i;
        event.volume = 1;
    }

    /**
     * The consumer's work on both rings: sums a field of every event into a field, so that it cannot be
     * optimised away. Consumer thread only.
     */
    static final class SummingHandler implements EventHandler<Event>
    {
        double sum;

        @Override
        public void onEvent(final Event event, final long sequence, final boolean endOfBatch)
        {
            sum += event.last;
        }
    }

    /** The Disruptor ring and its consumer thread, one per trial. */
    @State(Scope.Benchmark)
    public static class DisruptorHop
    {
        @Param({"blocking", "yielding"})
        public String wait;

        RingBuffer<Event> ring;
        private Disruptor<Event> disruptor;

        @Setup(Level.Trial)
        public void start()
        {
            JvmFlags.requireChronicleFlags();
            final WaitStrategy strategy = "blocking".equals(wait) ? new BlockingWaitStrategy() : new YieldingWaitStrategy();
            disruptor = new Disruptor<>(Event::new, RING_SIZE, runnable -> daemon(runnable, "bench-disruptor-consumer"),
                ProducerType.SINGLE, strategy);
            disruptor.handleEventsWith(new SummingHandler());
            ring = disruptor.start();
        }

        @TearDown(Level.Trial)
        public void stop()
        {
            disruptor.halt();
        }
    }

    /** The queue, its event pool and its consumer thread, one per trial. */
    @State(Scope.Benchmark)
    public static class QueueHop
    {
        @Param({"blocking", "yielding"})
        public String wait;

        ArrayBlockingQueue<Event> queue;
        /** More entries than can be in flight (queue + one being consumed + one being filled). */
        final Event[] pool = new Event[RING_SIZE * 2];
        /** Last sequence the consumer has finished with (ordered store by the consumer). */
        final AtomicLong consumed = new AtomicLong(-1);
        boolean blocking;
        /** Next sequence to publish; producer (JMH thread) only. */
        long nextSequence;
        private volatile boolean running;
        private Thread consumer;

        @Setup(Level.Trial)
        public void start()
        {
            JvmFlags.requireChronicleFlags();
            blocking = "blocking".equals(wait);
            queue = new ArrayBlockingQueue<>(RING_SIZE);
            for (int i = 0; i < pool.length; i++)
            {
                pool[i] = new Event();
            }
            running = true;
            consumer = daemon(this::consume, "bench-queue-consumer");
            consumer.start();
        }

        private void consume()
        {
            final SummingHandler handler = new SummingHandler();
            try
            {
                while (running)
                {
                    final Event event = blocking ? queue.take() : queue.poll();
                    if (event == null)
                    {
                        Thread.yield();
                        continue;
                    }
                    handler.onEvent(event, event.sequence, false);
                    consumed.lazySet(event.sequence);
                }
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
            }
        }

        @TearDown(Level.Trial)
        public void stop() throws InterruptedException
        {
            running = false;
            consumer.interrupt();
            consumer.join(5_000);
        }
    }

    private static Thread daemon(final Runnable runnable, final String name)
    {
        final Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
