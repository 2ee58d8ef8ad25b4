package io.tradingcore.engine;

import com.lmax.disruptor.AlertException;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.Sequence;
import com.lmax.disruptor.SequenceBarrier;
import io.tradingcore.event.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffBlockingWaitStrategyTest
{
    private final ExecutorService consumer = Executors.newSingleThreadExecutor();
    private final RingBuffer<Event> ring =
        RingBuffer.createSingleProducer(Event::new, 8, new BackoffBlockingWaitStrategy());
    private final Sequence dependent = new Sequence(-1);
    private final SequenceBarrier barrier = ring.newBarrier(dependent);

    @AfterEach
    void stopConsumer() throws InterruptedException
    {
        consumer.shutdownNow();
        assertThat(consumer.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void sleepsUntilPublishedThenWaitsForTheHandlersItIsGatedOn() throws Exception
    {
        final Future<Long> available = consumer.submit(() -> barrier.waitFor(0));

        assertThatThrownBy(() -> available.get(100, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        ring.publish(ring.next());
        assertThatThrownBy(() -> available.get(100, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        dependent.set(0);

        assertThat(available.get(5, TimeUnit.SECONDS)).isEqualTo(0L);
    }

    @Test
    void anAlertWakesASleepingConsumer() throws Exception
    {
        final Future<Long> available = consumer.submit(() -> barrier.waitFor(0));
        assertThatThrownBy(() -> available.get(100, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

        barrier.alert();

        assertThatThrownBy(() -> available.get(5, TimeUnit.SECONDS))
            .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(AlertException.class);
    }

    @Test
    void anAlertStopsAConsumerWaitingForItsDependencies() throws Exception
    {
        ring.publish(ring.next());
        final Future<Long> available = consumer.submit(() -> barrier.waitFor(0));
        assertThatThrownBy(() -> available.get(100, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

        barrier.alert();

        assertThatThrownBy(() -> available.get(5, TimeUnit.SECONDS))
            .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(AlertException.class);
    }
}
