package io.tradingcore.http.api;

import io.tradingcore.config.ApiKey;
import io.tradingcore.config.ConfigCommands;
import io.tradingcore.config.ConfigView;
import io.tradingcore.config.Role;
import io.tradingcore.config.User;
import io.tradingcore.event.CommandType;
import io.tradingcore.http.Access;
import io.tradingcore.http.ApiException;
import io.tradingcore.http.Commands;
import io.tradingcore.http.Json;
import io.tradingcore.http.Request;
import io.tradingcore.http.Response;
import io.tradingcore.http.Router;
import io.tradingcore.http.Service;
import io.tradingcore.http.auth.ApiKeys;
import io.tradingcore.http.auth.Principal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Administration of users and API keys (admin only). Each change is a journaled command (USER_PUT, USER_DELETE,
 * API_KEY_PUT, API_KEY_REVOKE) carrying the admin as its actor, so the audit log shows who did it. A new key is
 * returned once, in the response that creates it; the journal holds only its SHA-256. The last admin can be
 * neither deleted nor demoted, so the API never locks itself out. Thread-safe; handlers run on the blocking
 * executor (they wait for the engine).
 *
 * <pre>
 *   GET    /api/v1/admin/users                        every user with key ids
 *   POST   /api/v1/admin/users                        create a user and its first key
 *   PUT    /api/v1/admin/users/:userId                change the role
 *   DELETE /api/v1/admin/users/:userId                delete the user, their keys and configurations
 *   POST   /api/v1/admin/users/:userId/keys           another key
 *   DELETE /api/v1/admin/users/:userId/keys/:keyId    revoke a key
 * </pre>
 */
public final class AdminRoutes
{
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9_.@-]{1,64}");

    private final Supplier<ConfigView> config;
    private final Commands commands;
    private final ApiKeys keys;

    /** Body of user creation. */
    record NewUser(String userId, String role, String keyLabel)
    {
    }

    /** Body of a role change. */
    record RoleChange(String role)
    {
    }

    /** Body of key creation. */
    record NewKey(String label)
    {
    }

    /**
     * @param config   the users and keys the logic thread publishes.
     * @param commands sends the journaled changes.
     * @param keys     makes new API keys.
     */
    public AdminRoutes(final Supplier<ConfigView> config, final Commands commands, final ApiKeys keys)
    {
        this.config = config;
        this.commands = commands;
        this.keys = keys;
    }

    /** Registers the routes; returns the router. Set-up thread. */
    public Router register(final Router router)
    {
        final String users = "/api/v1/admin/users";
        return router
            .add("GET", users, Router.Dispatch.EVENT_LOOP, Access.ADMIN, Service.GATEWAY, this::list)
            .add("POST", users, Router.Dispatch.BLOCKING, Access.ADMIN, Service.GATEWAY, this::create)
            .add("PUT", users + "/:userId", Router.Dispatch.BLOCKING, Access.ADMIN, Service.GATEWAY, this::changeRole)
            .add("DELETE", users + "/:userId", Router.Dispatch.BLOCKING, Access.ADMIN, Service.GATEWAY, this::delete)
            .add("POST", users + "/:userId/keys", Router.Dispatch.BLOCKING, Access.ADMIN, Service.GATEWAY,
                this::createKey)
            .add("DELETE", users + "/:userId/keys/:keyId", Router.Dispatch.BLOCKING, Access.ADMIN, Service.GATEWAY,
                this::revokeKey);
    }

    private CompletableFuture<Response> list(final Request request)
    {
        final ConfigView view = config.get();
        final List<Map<String, Object>> users = new ArrayList<>();
        for (final User user : view.users())
        {
            users.add(AuthRoutes.describe(user, view.keysOf(user.id())));
        }
        return Response.json(200, Map.of("users", users)).completed();
    }

    private CompletableFuture<Response> create(final Request request)
    {
        final NewUser body = Json.read(request, NewUser.class);
        final String userId = userId(Json.require(body.userId(), "userId"), "userId");
        final Role role = role(Json.require(body.role(), "role"));
        final String label = label(body.keyLabel(), "keyLabel");
        if (config.get().user(userId) != null)
        {
            throw ApiException.conflict("user '" + userId + "' already exists");
        }
        final Principal admin = request.requirePrincipal();
        Commands.check(commands.submit(admin, CommandType.USER_PUT,
            buffer -> ConfigCommands.encodeUserPut(userId, role, buffer)), "user '" + userId + "'");
        final Map<String, Object> created = newKey(admin, userId, label);
        created.put("role", role.label());
        return Response.json(201, created).completed();
    }

    private CompletableFuture<Response> changeRole(final Request request)
    {
        final String userId = request.param("userId");
        final Role role = role(Json.require(Json.read(request, RoleChange.class).role(), "role"));
        final ConfigView view = config.get();
        final User user = existing(view, userId);
        if (user.role() == Role.ADMIN && role != Role.ADMIN && admins(view) == 1)
        {
            throw ApiException.conflict("user '" + userId + "' is the last admin and cannot be demoted");
        }
        Commands.check(commands.submit(request.requirePrincipal(), CommandType.USER_PUT,
            buffer -> ConfigCommands.encodeUserPut(userId, role, buffer)), "user '" + userId + "'");
        final ConfigView after = config.get();
        return Response.json(200, AuthRoutes.describe(existing(after, userId), after.keysOf(userId))).completed();
    }

    private CompletableFuture<Response> delete(final Request request)
    {
        final String userId = request.param("userId");
        final ConfigView view = config.get();
        final User user = existing(view, userId);
        if (user.role() == Role.ADMIN && admins(view) == 1)
        {
            throw ApiException.conflict("user '" + userId + "' is the last admin and cannot be deleted");
        }
        Commands.check(commands.submit(request.requirePrincipal(), CommandType.USER_DELETE,
            buffer -> ConfigCommands.encodeUserDelete(userId, buffer)), "user '" + userId + "'");
        return Response.json(200, Map.of("deleted", userId)).completed();
    }

    private CompletableFuture<Response> createKey(final Request request)
    {
        final String userId = request.param("userId");
        final String label = request.body().length == 0 ? "" :
            label(Json.read(request, NewKey.class).label(), "label");
        existing(config.get(), userId);
        return Response.json(201, newKey(request.requirePrincipal(), userId, label)).completed();
    }

    private CompletableFuture<Response> revokeKey(final Request request)
    {
        final String userId = request.param("userId");
        final String keyId = request.param("keyId");
        final ApiKey key = config.get().key(keyId);
        if (key == null || !key.userId().equals(userId))
        {
            throw ApiException.notFound("user '" + userId + "' has no API key '" + keyId + "'");
        }
        Commands.check(commands.submit(request.requirePrincipal(), CommandType.API_KEY_REVOKE,
            buffer -> ConfigCommands.encodeApiKeyRevoke(keyId, buffer)), "API key '" + keyId + "'");
        return Response.json(200, Map.of("revoked", keyId)).completed();
    }

    /** Makes a key, journals its hash and returns the only response that holds the key itself. */
    private Map<String, Object> newKey(final Principal admin, final String userId, final String label)
    {
        final String key = keys.generate();
        final ApiKeys.Parsed parsed = ApiKeys.parse(key);
        final ApiKey stored = new ApiKey(parsed.keyId(), userId, parsed.sha256(), label, 0);
        Commands.check(commands.submit(admin, CommandType.API_KEY_PUT,
            buffer -> ConfigCommands.encodeApiKeyPut(stored, buffer)), "API key of user '" + userId + "'");
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("userId", userId);
        body.put("keyId", parsed.keyId());
        body.put("label", label);
        body.put("apiKey", key);
        return body;
    }

    private static User existing(final ConfigView view, final String userId)
    {
        final User user = view.user(userId);
        if (user == null)
        {
            throw ApiException.notFound("user '" + userId + "' does not exist");
        }
        return user;
    }

    private static long admins(final ConfigView view)
    {
        return view.users().stream().filter(user -> user.role() == Role.ADMIN).count();
    }

    private static String userId(final String value, final String field)
    {
        if (!USER_ID.matcher(value).matches())
        {
            throw ApiException.badRequest(field, field + " must be 1 to 64 of A-Z a-z 0-9 _ . @ -, got '" + value +
                "'");
        }
        return value;
    }

    private static Role role(final String value)
    {
        try
        {
            return Role.parse(value);
        }
        catch (final IllegalArgumentException ex)
        {
            throw ApiException.badRequest("role", ex.getMessage());
        }
    }

    private static String label(final String value, final String field)
    {
        if (value == null)
        {
            return "";
        }
        if (value.length() > ApiKey.MAX_LABEL || value.chars().anyMatch(c -> c < 0x20))
        {
            throw ApiException.badRequest(field, field + " must be at most " + ApiKey.MAX_LABEL +
                " printable characters");
        }
        return value;
    }
}
