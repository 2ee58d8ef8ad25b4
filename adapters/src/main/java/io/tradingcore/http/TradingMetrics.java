package io.tradingcore.http;

import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.tradingcore.engine.Engine;
import io.tradingcore.engine.EngineCounters;
import io.tradingcore.journal.Journal;
import io.tradingcore.mt5.BridgeCounters;
import io.tradingcore.risk.RiskReason;
import io.tradingcore.risk.RiskView;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Registers the trading core's live values as Prometheus metrics read at scrape time (callbacks, no copies):
 * engine counters, ring depth and journal size; pre-trade risk rejections by reason; MT5 bridge totals and each
 * live session's counters; the order router's totals. Every name starts with {@code tradingcore_}; counters end
 * in {@code _total} in the exposition. Registered on one thread before the server starts; the callbacks run on
 * the thread that scrapes (an HTTP event loop) and only read atomics and seqlock views.
 */
public final class TradingMetrics
{
    /** {@link EngineCounters} fields exposed as gauges: sequences, which are positions rather than counts. */
    private static final Set<String> ENGINE_GAUGES = Set.of("journaledSequence", "processedSequence");
    /** {@link BridgeCounters} fields exposed as gauges. */
    private static final Set<String> BRIDGE_GAUGES = Set.of("sessionsActive");
    /** {@link BridgeCounters} fields that mean nothing for one connection (always 1, or 0/1). */
    private static final Set<String> NOT_PER_SESSION = Set.of("connections", "sessionsActive", "sessionsOpened");

    /**
     * The counters of one live bridge session.
     *
     * @param login    the MT5 account login (the {@code login} label, unsigned decimal).
     * @param counters the connection's counters.
     */
    public record SessionCounters(long login, BridgeCounters counters)
    {
    }

    private final PrometheusRegistry registry;

    /** Metrics registered into {@code registry}. Set-up thread. */
    public TradingMetrics(final PrometheusRegistry registry)
    {
        this.registry = registry;
    }

    /**
     * Every {@link EngineCounters} field as {@code tradingcore_engine_<snake_name>} (a counter, or a gauge for the
     * sequences), {@code tradingcore_engine_ring_depth} (events published and not yet processed: next sequence -
     * 1 - processed sequence), {@code tradingcore_engine_running} (1/0) and {@code tradingcore_journal_size_bytes}
     * (both queues on disk). Returns this. Set-up thread.
     */
    public TradingMetrics engine(final Engine engine, final Journal journal)
    {
        final EngineCounters counters = engine.counters();
        for (final Field field : atomicFields(EngineCounters.class))
        {
            final AtomicLong value = read(field, counters);
            final String name = "tradingcore_engine_" + snake(field.getName());
            if (ENGINE_GAUGES.contains(field.getName()))
            {
                gauge(name, "EngineCounters." + field.getName(), value::get);
            }
            else
            {
                counter(name, "EngineCounters." + field.getName(), value::get);
            }
        }
        gauge("tradingcore_engine_ring_depth", "Events published onto the ring and not yet processed",
            () -> Math.max(0, engine.publisher().nextSequence() - 1 - counters.processedSequence.get()));
        gauge("tradingcore_engine_running", "1 while the engine runs, else 0", () -> engine.isRunning() ? 1 : 0);
        gauge("tradingcore_journal_size_bytes", "Bytes on disk of the input and output journals",
            journal::sizeOnDisk);
        return this;
    }

    /**
     * {@code tradingcore_risk_rejections_total{reason}} for every {@link RiskReason} but NONE, plus
     * {@code tradingcore_risk_checks_total}, {@code tradingcore_risk_accepted_total} and
     * {@code tradingcore_risk_kill_switch_engaged} (1/0), from the view's latest publication. Returns this.
     * Set-up thread.
     */
    public TradingMetrics risk(final RiskView view)
    {
        CounterWithCallback.builder()
            .name("tradingcore_risk_rejections")
            .help("Orders refused by pre-trade risk, by reason")
            .labelNames("reason")
            .callback(callback ->
            {
                final RiskView.Snapshot snapshot = view.snapshot();
                for (int reason = RiskReason.NONE + 1; reason < RiskReason.COUNT; reason++)
                {
                    callback.call(snapshot.rejections(reason), RiskReason.name(reason));
                }
            })
            .register(registry);
        counter("tradingcore_risk_checks", "Orders checked by pre-trade risk", () -> view.snapshot().checks());
        counter("tradingcore_risk_accepted", "Orders accepted by pre-trade risk", () -> view.snapshot().accepted());
        gauge("tradingcore_risk_kill_switch_engaged", "1 while the kill switch is engaged, else 0",
            () -> view.snapshot().killSwitchEngaged() ? 1 : 0);
        return this;
    }

    /**
     * Every {@link BridgeCounters} field of the server's totals as {@code tradingcore_bridge_<snake_name>}
     * (counters; {@code sessions_active} a gauge), and per live session
     * {@code tradingcore_bridge_session_<snake_name>_total{login}} (all but connections and sessions). Returns
     * this. Set-up thread.
     *
     * @param sessions the live sessions at scrape time.
     */
    public TradingMetrics bridge(final BridgeCounters totals, final Supplier<List<SessionCounters>> sessions)
    {
        for (final Field field : atomicFields(BridgeCounters.class))
        {
            final AtomicLong value = read(field, totals);
            final String name = "tradingcore_bridge_" + snake(field.getName());
            if (BRIDGE_GAUGES.contains(field.getName()))
            {
                gauge(name, "BridgeCounters." + field.getName() + " over every connection", value::get);
            }
            else
            {
                counter(name, "BridgeCounters." + field.getName() + " over every connection", value::get);
            }
            if (!NOT_PER_SESSION.contains(field.getName()))
            {
                perSession(field, sessions);
            }
        }
        return this;
    }

    /**
     * {@code tradingcore_router_orders_sent_total} and {@code tradingcore_router_orders_refused_total}: orders
     * the router handed to the bridge, and those it could not (no live session, invalid). Returns this. Set-up
     * thread.
     */
    public TradingMetrics router(final LongSupplier sent, final LongSupplier refused)
    {
        counter("tradingcore_router_orders_sent", "Orders the router sent to the MT5 terminal", sent);
        counter("tradingcore_router_orders_refused", "Orders the router could not send", refused);
        return this;
    }

    /**
     * {@code tradingcore_http_refused_total{reason="unauthorized|forbidden|rate_limited"}}: requests the gate
     * refused with 401, 403 (by role) and 429. Returns this. Set-up thread.
     */
    public TradingMetrics gate(final ApiGate gate)
    {
        CounterWithCallback.builder()
            .name("tradingcore_http_refused")
            .help("Requests the API gate refused, by reason")
            .labelNames("reason")
            .callback(callback ->
            {
                callback.call(gate.unauthorized(), "unauthorized");
                callback.call(gate.forbidden(), "forbidden");
                callback.call(gate.limited(), "rate_limited");
            })
            .register(registry);
        return this;
    }

    private void perSession(final Field field, final Supplier<List<SessionCounters>> sessions)
    {
        CounterWithCallback.builder()
            .name("tradingcore_bridge_session_" + snake(field.getName()))
            .help("BridgeCounters." + field.getName() + " of each live session")
            .labelNames("login")
            .callback(callback ->
            {
                for (final SessionCounters session : sessions.get())
                {
                    callback.call(read(field, session.counters()).get(), Long.toUnsignedString(session.login()));
                }
            })
            .register(registry);
    }

    private void counter(final String name, final String help, final LongSupplier value)
    {
        CounterWithCallback.builder().name(name).help(help)
            .callback(callback -> callback.call(value.getAsLong()))
            .register(registry);
    }

    private void gauge(final String name, final String help, final LongSupplier value)
    {
        GaugeWithCallback.builder().name(name).help(help)
            .callback(callback -> callback.call(value.getAsLong()))
            .register(registry);
    }

    /** The public {@code AtomicLong} fields of a counters class, sorted by name (a stable exposition order). */
    static List<Field> atomicFields(final Class<?> type)
    {
        final List<Field> fields = new ArrayList<>();
        for (final Field field : type.getFields())
        {
            if (field.getType() == AtomicLong.class && !Modifier.isStatic(field.getModifiers()))
            {
                fields.add(field);
            }
        }
        fields.sort(Comparator.comparing(Field::getName));
        return fields;
    }

    /** {@code journalBytesWritten} -> {@code journal_bytes_written}. */
    static String snake(final String camel)
    {
        final StringBuilder out = new StringBuilder(camel.length() + 8);
        for (int i = 0; i < camel.length(); i++)
        {
            final char c = camel.charAt(i);
            if (Character.isUpperCase(c))
            {
                out.append('_').append(Character.toLowerCase(c));
            }
            else
            {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static AtomicLong read(final Field field, final Object owner)
    {
        try
        {
            return (AtomicLong)field.get(owner);
        }
        catch (final IllegalAccessException ex)
        {
            throw new IllegalStateException("cannot read " + field, ex);
        }
    }
}
