package io.tradingcore.http.api;

import io.tradingcore.event.CommandType;
import io.tradingcore.feature.FeatureCatalog;
import io.tradingcore.http.Access;
import io.tradingcore.http.ApiException;
import io.tradingcore.http.Commands;
import io.tradingcore.http.Json;
import io.tradingcore.http.Request;
import io.tradingcore.http.Response;
import io.tradingcore.http.Router;
import io.tradingcore.http.Service;
import io.tradingcore.http.auth.Principal;
import io.tradingcore.market.Timeframe;
import io.tradingcore.pattern.PatternStage;
import io.tradingcore.pattern.RulePattern;
import io.tradingcore.pattern.candle.Candlestick;
import io.tradingcore.pattern.candle.Candlesticks;
import io.tradingcore.pattern.chart.ChartConfig;
import io.tradingcore.pattern.chart.ChartPattern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The routes of the original pattern-validator service (port 8015):
 * <ul>
 *   <li>{@code POST /api/v1/validation/pattern} (any role; blocking executor, as 10,000 candles with every
 *       pattern take tens of milliseconds of CPU, too long for an event loop): recognises candlestick, chart and
 *       rule patterns over the candles sent or a live symbol's recent bars; see {@link PatternValidation}.</li>
 *   <li>{@code GET /api/v1/patterns} (any role, event loop): the pattern catalog, every TA-Lib candlestick and
 *       every chart pattern.</li>
 *   <li>{@code GET /api/v1/patterns/:userId} (admin, trader, viewer; event loop): the user's rule patterns.</li>
 *   <li>{@code POST /api/v1/user-patterns} (admin, trader; blocking): creates (201) or replaces (200) the user's
 *       rule of that name through a journaled RULE_PATTERN_PUT, after checking it exactly as the pattern stage
 *       will (a bad expression is a 400 naming {@code expression} with the position and a caret); 409
 *       {@code limit_reached} over the stage's limits.</li>
 *   <li>{@code DELETE /api/v1/user-patterns/:userId/:name} (admin, trader; blocking): deletes the rule through a
 *       journaled RULE_PATTERN_DELETE and answers it; 404 when the user has no rule of that name.</li>
 * </ul>
 * A user reaches only their own rules (an admin any user's): 403 otherwise, on reads and writes. Reads come from
 * the stage's published views, never its live state. Registered on the set-up thread; handlers run on the threads
 * their dispatch says.
 */
public final class PatternRoutes
{
    /** Validation. */
    public static final String VALIDATION = "/api/v1/validation/pattern";
    /** The pattern catalog. */
    public static final String CATALOG = "/api/v1/patterns";
    /** A user's rule patterns. */
    public static final String USER_RULES = "/api/v1/patterns/:userId";
    /** Creates or replaces a rule. */
    public static final String USER_PATTERNS = "/api/v1/user-patterns";
    /** One rule of a user. */
    public static final String USER_PATTERN = "/api/v1/user-patterns/:userId/:name";

    private final FeatureCatalog catalog;
    private final PatternStage stage;
    private final Commands commands;
    private final PatternValidation validation;
    private final Response listing;

    /**
     * @param catalog     the rule catalog the pattern stage compiles with ({@code PatternCatalog.rules()}).
     * @param stage       the pattern stage, for its published rules and recent bars.
     * @param chartConfig the chart patterns' zig-zag, the same as the stage's ({@code patterns.chart-*}).
     * @param commands    the command gateway over the engine running {@code stage}.
     */
    public PatternRoutes(final FeatureCatalog catalog, final PatternStage stage, final ChartConfig chartConfig,
        final Commands commands)
    {
        this.catalog = catalog;
        this.stage = stage;
        this.commands = commands;
        this.validation = new PatternValidation(catalog, stage, chartConfig);
        this.listing = Response.json(200, listing());
    }

    /** Registers the five routes on {@code router}; returns it. Set-up thread. */
    public Router register(final Router router)
    {
        return router
            .add("POST", VALIDATION, Router.Dispatch.BLOCKING, Access.ANY, Service.PATTERNS,
                request -> validation.validate(request).completed())
            .add("GET", CATALOG, Router.Dispatch.EVENT_LOOP, Access.ANY, Service.PATTERNS,
                request -> listing.completed())
            .add("GET", USER_RULES, Router.Dispatch.EVENT_LOOP, Access.READERS, Service.PATTERNS, this::list)
            .add("POST", USER_PATTERNS, Router.Dispatch.BLOCKING, Access.WRITERS, Service.PATTERNS, this::put)
            .add("DELETE", USER_PATTERN, Router.Dispatch.BLOCKING, Access.WRITERS, Service.PATTERNS, this::delete);
    }

    private CompletableFuture<Response> list(final Request request)
    {
        final String user = request.param("userId");
        request.requireOwner(user);
        final List<Map<String, Object>> rules = new ArrayList<>();
        for (final PatternStage.Entry entry : stage.rules())
        {
            if (entry.rule().user().equals(user))
            {
                rules.add(json(entry.id(), entry.rule()));
            }
        }
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("userId", user);
        body.put("patterns", rules);
        return Response.json(200, body).completed();
    }

    private CompletableFuture<Response> put(final Request request)
    {
        final RulePattern rule = Json.read(request, PatternRuleRequest.class).check(catalog);
        final Principal who = request.requireOwner(rule.user());
        final boolean replaces = find(rule.user(), rule.name()) != null;
        if (!replaces)
        {
            requireRoom(rule.user());
        }
        Commands.check(commands.submit(who, CommandType.RULE_PATTERN_PUT, rule::encodePut),
            what(rule.user(), rule.name()));
        final PatternStage.Entry applied = find(rule.user(), rule.name());
        return Response.json(replaces ? 200 : 201, applied == null ? json(null, rule) :
            json(applied.id(), applied.rule())).completed();
    }

    private CompletableFuture<Response> delete(final Request request)
    {
        final String user = request.param("userId");
        final String name = request.param("name");
        final Principal who = request.requireOwner(user);
        final PatternStage.Entry existing = find(user, name);
        if (existing == null)
        {
            throw ApiException.notFound(what(user, name) + " does not exist");
        }
        Commands.check(commands.submit(who, CommandType.RULE_PATTERN_DELETE,
            buffer -> RulePattern.encodeDelete(user, name, buffer)), what(user, name));
        return Response.json(200, json(existing.id(), existing.rule())).completed();
    }

    private PatternStage.Entry find(final String user, final String name)
    {
        for (final PatternStage.Entry entry : stage.rules())
        {
            if (entry.rule().user().equals(user) && entry.rule().name().equals(name))
            {
                return entry;
            }
        }
        return null;
    }

    private void requireRoom(final String user)
    {
        if (stage.rules().size() >= PatternStage.MAX_RULES)
        {
            throw new ApiException(409, "limit_reached", "the engine holds " + PatternStage.MAX_RULES +
                " rule patterns, the most it keeps; delete one first", null);
        }
        if (stage.rulesOf(user).size() >= PatternStage.MAX_RULES_PER_USER)
        {
            throw new ApiException(409, "limit_reached", "user '" + user + "' has " +
                PatternStage.MAX_RULES_PER_USER + " rule patterns, the most a user may have; delete one first", null);
        }
    }

    private static String what(final String user, final String name)
    {
        return "rule pattern '" + user + "/" + name + "'";
    }

    private static Map<String, Object> json(final Integer id, final RulePattern rule)
    {
        final List<String> timeframes = new ArrayList<>();
        for (final Timeframe timeframe : rule.timeframes())
        {
            timeframes.add(timeframe.name());
        }
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("userId", rule.user());
        json.put("name", rule.name());
        json.put("expression", rule.rule());
        json.put("symbols", rule.symbols());
        json.put("timeframes", timeframes);
        return json;
    }

    private static Map<String, Object> listing()
    {
        final List<Map<String, Object>> candlesticks = new ArrayList<>();
        for (final Candlestick candlestick : Candlesticks.all())
        {
            candlesticks.add(FeatureRoutes.describe(candlestick.spec()));
        }
        final List<Map<String, Object>> charts = new ArrayList<>();
        for (final ChartPattern pattern : ChartPattern.values())
        {
            final Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", pattern.id());
            json.put("kind", "chart");
            json.put("direction", pattern.direction());
            json.put("description", pattern.description());
            charts.add(json);
        }
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("candlesticks", candlesticks);
        body.put("charts", charts);
        body.put("count", candlesticks.size() + charts.size());
        return body;
    }
}
