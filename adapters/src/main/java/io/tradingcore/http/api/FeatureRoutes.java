package io.tradingcore.http.api;

import io.tradingcore.event.CommandType;
import io.tradingcore.feature.FeatureCatalog;
import io.tradingcore.feature.FeatureSet;
import io.tradingcore.feature.FeatureSetCodec;
import io.tradingcore.feature.FeatureSpec;
import io.tradingcore.feature.FeatureStage;
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
import io.tradingcore.pattern.candle.Candlestick;
import io.tradingcore.pattern.candle.Candlesticks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The routes of the original feature-engineering service (port 8011):
 * <ul>
 *   <li>{@code GET /api/v1/features} (any role, event loop): the expression catalog, every feature's signature,
 *       parameters with defaults and ranges, outputs, lookback at the defaults, cost and description, and the
 *       candlesticks usable in expressions; {@code ?q=} keeps the names containing it (any case).</li>
 *   <li>{@code POST /api/v1/user-features} (admin, trader; blocking): creates (201) or replaces (200) the user's
 *       feature set of that name through a journaled FEATURE_SET_PUT, after checking it exactly as the feature
 *       stage will (every expression compiled: a bad one is a 400 naming {@code features[i]} with the position
 *       and a caret); 409 {@code limit_reached} over the stage's limits.</li>
 *   <li>{@code GET /api/v1/feature-sets/:userId} (admin, trader, viewer; event loop): the user's sets.</li>
 *   <li>{@code DELETE /api/v1/feature-sets/:userId/:name} (admin, trader; blocking): deletes the set through a
 *       journaled FEATURE_SET_DELETE and answers it; 404 when the user has no set of that name.</li>
 * </ul>
 * A user reaches only their own sets (an admin any user's): 403 otherwise, on reads and writes. Reads come from
 * the stage's published view, never its live state. Registered on the set-up thread; handlers run on the threads
 * their dispatch says.
 */
public final class FeatureRoutes
{
    /** The catalog. */
    public static final String CATALOG = "/api/v1/features";
    /** Creates or replaces a set. */
    public static final String USER_FEATURES = "/api/v1/user-features";
    /** A user's sets. */
    public static final String FEATURE_SETS = "/api/v1/feature-sets/:userId";
    /** One set of a user. */
    public static final String FEATURE_SET = "/api/v1/feature-sets/:userId/:name";

    private final FeatureCatalog catalog;
    private final FeatureStage stage;
    private final Commands commands;
    private final List<Map<String, Object>> listing;

    /**
     * @param catalog  the catalog the feature stage compiles with (features and candlesticks:
     *                 {@code PatternCatalog.rules()} in the daemon).
     * @param stage    the feature stage, for its published sets.
     * @param commands the command gateway over the engine running {@code stage}.
     */
    public FeatureRoutes(final FeatureCatalog catalog, final FeatureStage stage, final Commands commands)
    {
        this.catalog = catalog;
        this.stage = stage;
        this.commands = commands;
        final List<Map<String, Object>> all = new ArrayList<>();
        for (final FeatureSpec spec : catalog.specs())
        {
            all.add(describe(spec));
        }
        this.listing = Collections.unmodifiableList(all);
    }

    /** Registers the four routes on {@code router}; returns it. Set-up thread. */
    public Router register(final Router router)
    {
        return router
            .add("GET", CATALOG, Router.Dispatch.EVENT_LOOP, Access.ANY, Service.FEATURES, this::catalog)
            .add("POST", USER_FEATURES, Router.Dispatch.BLOCKING, Access.WRITERS, Service.FEATURES, this::put)
            .add("GET", FEATURE_SETS, Router.Dispatch.EVENT_LOOP, Access.READERS, Service.FEATURES, this::list)
            .add("DELETE", FEATURE_SET, Router.Dispatch.BLOCKING, Access.WRITERS, Service.FEATURES, this::delete);
    }

    private CompletableFuture<Response> catalog(final Request request)
    {
        final String q = request.query().get("q");
        final String filter = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
        final List<Map<String, Object>> features = new ArrayList<>();
        for (final Map<String, Object> feature : listing)
        {
            if (((String)feature.get("name")).toLowerCase(Locale.ROOT).contains(filter))
            {
                features.add(feature);
            }
        }
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("features", features);
        body.put("count", features.size());
        return Response.json(200, body).completed();
    }

    private CompletableFuture<Response> put(final Request request)
    {
        final FeatureSetRequest.Checked checked = Json.read(request, FeatureSetRequest.class).check(catalog);
        final FeatureSet set = checked.set();
        final Principal who = request.requireOwner(set.user());
        final boolean replaces = find(set.user(), set.name()) != null;
        if (!replaces)
        {
            requireRoom(set.user());
        }
        Commands.check(commands.submit(who, CommandType.FEATURE_SET_PUT,
            buffer -> FeatureSetCodec.encodePut(set, buffer)), what(set.user(), set.name()));
        final FeatureStage.Entry applied = find(set.user(), set.name());
        return Response.json(replaces ? 200 : 201, applied == null ? json(null, set, checked.columns()) :
            json(applied)).completed();
    }

    private CompletableFuture<Response> list(final Request request)
    {
        final String user = request.param("userId");
        request.requireOwner(user);
        final List<Map<String, Object>> sets = new ArrayList<>();
        for (final FeatureStage.Entry entry : stage.publishedOf(user))
        {
            sets.add(json(entry));
        }
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("userId", user);
        body.put("featureSets", sets);
        return Response.json(200, body).completed();
    }

    private CompletableFuture<Response> delete(final Request request)
    {
        final String user = request.param("userId");
        final String name = request.param("name");
        final Principal who = request.requireOwner(user);
        final FeatureStage.Entry existing = find(user, name);
        if (existing == null)
        {
            throw ApiException.notFound(what(user, name) + " does not exist");
        }
        Commands.check(commands.submit(who, CommandType.FEATURE_SET_DELETE,
            buffer -> FeatureSetCodec.encodeDelete(user, name, buffer)), what(user, name));
        return Response.json(200, json(existing)).completed();
    }

    private FeatureStage.Entry find(final String user, final String name)
    {
        for (final FeatureStage.Entry entry : stage.publishedOf(user))
        {
            if (entry.definition().name().equals(name))
            {
                return entry;
            }
        }
        return null;
    }

    private void requireRoom(final String user)
    {
        if (stage.published().size() >= FeatureStage.MAX_SETS)
        {
            throw new ApiException(409, "limit_reached", "the engine holds " + FeatureStage.MAX_SETS +
                " feature sets, the most it keeps; delete one first", null);
        }
        if (stage.publishedOf(user).size() >= FeatureStage.MAX_SETS_PER_USER)
        {
            throw new ApiException(409, "limit_reached", "user '" + user + "' has " +
                FeatureStage.MAX_SETS_PER_USER + " feature sets, the most a user may have; delete one first", null);
        }
    }

    private static String what(final String user, final String name)
    {
        return "feature set '" + user + "/" + name + "'";
    }

    private static Map<String, Object> json(final FeatureStage.Entry entry)
    {
        return json(entry.id(), entry.definition(), entry.columns());
    }

    private static Map<String, Object> json(final Integer id, final FeatureSet set, final List<String> columns)
    {
        final List<String> timeframes = new ArrayList<>();
        for (final Timeframe timeframe : set.timeframes())
        {
            timeframes.add(timeframe.name());
        }
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("userId", set.user());
        json.put("name", set.name());
        json.put("features", set.features());
        json.put("symbols", set.symbols());
        json.put("timeframes", timeframes);
        json.put("columns", columns);
        return json;
    }

    /** One catalog entry as {@code GET /api/v1/features} lists it. */
    static Map<String, Object> describe(final FeatureSpec spec)
    {
        final Candlestick candlestick = Candlesticks.find(spec.name());
        final List<Map<String, Object>> params = new ArrayList<>();
        for (final FeatureSpec.Param param : spec.params())
        {
            final Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", param.name());
            json.put("integer", param.integer());
            json.put("default", param.defaultValue());
            json.put("min", param.min());
            json.put("max", param.max());
            params.add(json);
        }
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", spec.name());
        json.put("kind", candlestick == null ? "indicator" : "candlestick");
        json.put("signature", spec.signature());
        json.put("inputs", spec.input() == FeatureSpec.Input.REAL ? List.of("x") : List.of("bar"));
        json.put("params", params);
        json.put("outputs", spec.outputs());
        json.put("lookback", spec.lookback(spec.defaults()));
        json.put("cost", spec.cost().notation());
        json.put("description", spec.description());
        if (candlestick != null)
        {
            json.put("candles", candlestick.candles());
            json.put("signal", candlestick.signal().text());
            json.put("confirms", candlestick.confirms());
        }
        return Collections.unmodifiableMap(json);
    }
}
