package io.tradingcore.http;

import io.tradingcore.engine.Engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The checks behind {@code GET /ready}: each named check says why it is not ready, or null when it is. Built on
 * one thread before the server starts; {@link #evaluate()} runs on an event loop and only reads volatile state.
 */
public final class Readiness
{
    /** Status of a check that passes. */
    public static final String UP = "UP";
    /** Status of a check that fails. */
    public static final String DOWN = "DOWN";
    /** Status of a check for a component that is not configured (counts as ready). */
    public static final String DISABLED = "DISABLED";

    /**
     * One evaluation.
     *
     * @param ready  true when every check passed.
     * @param checks each check's {@code status} and, when down, {@code reason}, in registration order.
     */
    public record Result(boolean ready, Map<String, Map<String, String>> checks)
    {
        /** @return the reasons of the failed checks, as {@code name: reason}, joined with "; ". Any thread. */
        public String reason()
        {
            final List<String> reasons = new ArrayList<>();
            checks.forEach((name, check) ->
            {
                if (DOWN.equals(check.get("status")))
                {
                    reasons.add(name + ": " + check.get("reason"));
                }
            });
            return String.join("; ", reasons);
        }
    }

    private final Map<String, Supplier<String>> checks = new LinkedHashMap<>();

    /**
     * Adds a check; returns this. Set-up thread.
     *
     * @param problem gives why the component is not ready, or null when it is; {@link #DISABLED} marks it as
     *                not configured.
     */
    public Readiness check(final String name, final Supplier<String> problem)
    {
        checks.put(name, problem);
        return this;
    }

    /** A check that always reports {@link #DISABLED}. */
    public static Supplier<String> disabled()
    {
        return () -> DISABLED;
    }

    /** A check that passes while {@code engine} runs (started, not closed, no fatal fault). */
    public static Supplier<String> engineRunning(final Engine engine)
    {
        return () ->
        {
            if (engine.isRunning())
            {
                return null;
            }
            final Throwable fatal = engine.fatalError();
            return fatal == null ? "engine is not running (starting, recovering or stopped)" :
                "engine stopped on a fatal fault: " + fatal;
        };
    }

    /** A check that passes while {@code condition} holds, else reports {@code reason}. */
    public static Supplier<String> when(final BooleanSupplier condition, final String reason)
    {
        return () -> condition.getAsBoolean() ? null : reason;
    }

    /** Runs every check. Any thread. */
    public Result evaluate()
    {
        boolean ready = true;
        final Map<String, Map<String, String>> results = new LinkedHashMap<>();
        for (final Map.Entry<String, Supplier<String>> entry : checks.entrySet())
        {
            final String problem = entry.getValue().get();
            final Map<String, String> result = new LinkedHashMap<>();
            if (problem == null)
            {
                result.put("status", UP);
            }
            else if (DISABLED.equals(problem))
            {
                result.put("status", DISABLED);
            }
            else
            {
                ready = false;
                result.put("status", DOWN);
                result.put("reason", problem);
            }
            results.put(entry.getKey(), result);
        }
        return new Result(ready, results);
    }
}
