package io.tradingcore.http.api;

import io.tradingcore.http.Access;
import io.tradingcore.http.ApiException;
import io.tradingcore.http.Request;
import io.tradingcore.http.Response;
import io.tradingcore.http.Router;
import io.tradingcore.http.Service;
import io.tradingcore.audit.AuditEntry;
import io.tradingcore.audit.AuditLog;
import io.tradingcore.audit.AuditQuery;
import io.tradingcore.audit.AuditResult;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The audit log of the configuration service ({@link Service#CONFIGURATION}), read from the journal:
 * <ul>
 *   <li>{@code GET /api/v1/audit} (admin; registered blocking, and the scan itself runs on this class's own thread
 *       {@code tc-audit} so that a long scan never holds up the commands on the server's blocking executor; one
 *       scan runs and {@value #QUEUE} wait, more are 503): who changed what, when, with the
 *       engine's result and the target's state before and after. Query parameters, all optional: {@code user} (the
 *       actor or the owner of the target; {@code system} for the system's own commands), {@code kind} (a command
 *       name such as {@code USER_CONFIG_PUT} or a family such as {@code USER_CONFIG}; snapshots only when asked
 *       for), {@code from} (inclusive) and {@code to} (exclusive) as ISO-8601 instants or epoch milliseconds, and
 *       {@code limit} (1..1000, default 100; the newest). A bad value or an unknown parameter is a 400 naming it.
 *       Answers {@code {"entries": [...], "scanned": n, "matched": n, "truncated": bool, "throughSequence": n}}
 *       with the entries newest first.</li>
 * </ul>
 * Parsing runs on the server's blocking executor, scans on the {@code tc-audit} daemon thread, which {@link #close}
 * stops. Thread-safe.
 */
public final class AuditRoutes implements AutoCloseable
{
    /** Scans that may wait while one runs. */
    static final int QUEUE = 4;

    private static final Set<String> PARAMETERS = Set.of("user", "kind", "from", "to", "limit");
    private static final Pattern EPOCH_MILLIS = Pattern.compile("-?[0-9]{1,19}");
    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final AuditLog log;
    private final ExecutorService scans = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(QUEUE), AuditRoutes::thread);

    /** @param log the audit log over the engine's journal. */
    public AuditRoutes(final AuditLog log)
    {
        this.log = log;
    }

    /** Stops the scan thread (a scan under way finishes; waiting ones are dropped). Any thread. */
    @Override
    public void close()
    {
        scans.shutdownNow();
    }

    private static Thread thread(final Runnable task)
    {
        final Thread thread = new Thread(task, "tc-audit");
        thread.setDaemon(true);
        return thread;
    }

    /** Registers {@code GET /api/v1/audit} on {@code router}; returns it. Set-up thread. */
    public Router register(final Router router)
    {
        return router.add("GET", "/api/v1/audit", Router.Dispatch.BLOCKING, Access.ADMIN, Service.CONFIGURATION,
            this::audit);
    }

    private CompletableFuture<Response> audit(final Request request)
    {
        final AuditQuery query = query(request.query());
        try
        {
            return CompletableFuture.supplyAsync(() -> scan(query), scans);
        }
        catch (final RejectedExecutionException ex)
        {
            throw ApiException.unavailable("too many audit queries are waiting; retry later");
        }
    }

    private Response scan(final AuditQuery query)
    {
        final AuditResult result;
        try
        {
            result = log.scan(query);
        }
        catch (final IllegalStateException ex)
        {
            throw ApiException.unavailable("the journal cannot be read now: " + ex.getMessage());
        }
        final List<Map<String, Object>> entries = new ArrayList<>(result.entries().size());
        for (final AuditEntry entry : result.entries())
        {
            entries.add(json(entry));
        }
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("entries", entries);
        body.put("scanned", result.scanned());
        body.put("matched", result.matched());
        body.put("truncated", result.truncated());
        body.put("throughSequence", result.throughSequence());
        return Response.json(200, body);
    }

    /**
     * @param parameters the request's query parameters.
     * @return the audit query they describe.
     * @throws ApiException 400 naming the parameter at fault.
     */
    static AuditQuery query(final Map<String, String> parameters)
    {
        for (final String name : parameters.keySet())
        {
            if (!PARAMETERS.contains(name))
            {
                throw new ApiException(400, "unknown_field", "unknown query parameter '" + name +
                    "'; known parameters: [from, kind, limit, to, user]", name);
            }
        }
        final long from = time(parameters, "from", Long.MIN_VALUE);
        final long to = time(parameters, "to", Long.MAX_VALUE);
        final int limit = limit(parameters.get("limit"));
        try
        {
            return new AuditQuery(parameters.get("user"), parameters.get("kind"), from, to, limit);
        }
        catch (final AuditQuery.Invalid ex)
        {
            throw ApiException.badRequest(ex.parameter(), ex.getMessage());
        }
    }

    private static long time(final Map<String, String> parameters, final String name, final long absent)
    {
        final String text = parameters.get(name);
        if (text == null)
        {
            return absent;
        }
        final String value = text.trim();
        try
        {
            if (EPOCH_MILLIS.matcher(value).matches())
            {
                return Math.multiplyExact(Long.parseLong(value), NANOS_PER_MILLI);
            }
            final Instant instant = Instant.parse(value);
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
        }
        catch (final DateTimeParseException | NumberFormatException ex)
        {
            throw ApiException.badRequest(name, name + ": expected an ISO-8601 instant such as " +
                "2026-01-02T10:00:00Z or epoch milliseconds, got '" + text + "'");
        }
        catch (final ArithmeticException ex)
        {
            throw ApiException.badRequest(name, name + ": '" + text + "' is outside the years 1677..2262");
        }
    }

    private static int limit(final String text)
    {
        if (text == null)
        {
            return AuditQuery.DEFAULT_LIMIT;
        }
        try
        {
            return Integer.parseInt(text.trim());
        }
        catch (final NumberFormatException ex)
        {
            throw ApiException.badRequest("limit", "limit: must be an integer 1.." + AuditQuery.MAX_LIMIT +
                ", got '" + text + "'");
        }
    }

    private static Map<String, Object> json(final AuditEntry entry)
    {
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("sequence", entry.sequence());
        json.put("time", entry.time());
        json.put("timeNanos", entry.timeNanos());
        json.put("actor", entry.actor());
        json.put("kind", entry.kind());
        json.put("family", entry.family());
        json.put("target", entry.target());
        json.put("owner", entry.owner());
        json.put("result", entry.result());
        json.put("request", entry.request());
        json.put("before", entry.before());
        json.put("after", entry.after());
        return json;
    }
}
