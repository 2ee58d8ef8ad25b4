package io.tradingcore.http.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradingcore.config.ConfigCommands;
import io.tradingcore.config.ConfigTemplate;
import io.tradingcore.config.ConfigView;
import io.tradingcore.config.UserConfig;
import io.tradingcore.event.CommandType;
import io.tradingcore.event.Event;
import io.tradingcore.http.Access;
import io.tradingcore.http.ApiException;
import io.tradingcore.http.Commands;
import io.tradingcore.http.Json;
import io.tradingcore.http.Request;
import io.tradingcore.http.Response;
import io.tradingcore.http.Router;
import io.tradingcore.http.Service;
import io.tradingcore.http.auth.Principal;
import io.tradingcore.http.auth.SecretBox;
import io.tradingcore.http.auth.SecretFields;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * User configurations and configuration templates ({@link Service#CONFIGURATION}), read from the
 * {@link ConfigView} the config stage publishes and changed only through journaled commands (40-47):
 * <ul>
 *   <li>{@code GET /api/v1/user-config/:id} (admin, trader, viewer; event loop): {@code :id} is a user id; that
 *       user's configurations, secrets masked {@code "***"}. Owner or admin; 404 unknown user.</li>
 *   <li>{@code POST /api/v1/user-config} (admin, trader; blocking): {@code {userId, name, document, template?}};
 *       owner or admin; the id {@code cfg-<12 hex>} is made here and journaled; secrets are sealed with the
 *       master key (context = the id) before the command is built → 201 with the masked configuration.</li>
 *   <li>{@code PUT /api/v1/user-config/:id} (writers; blocking): {@code :id} is a configuration id;
 *       {@code {name?, document}}; owner of the stored configuration or admin; {@code "***"} keeps a stored
 *       secret → 200.</li>
 *   <li>{@code DELETE /api/v1/user-config/:id} (writers; blocking) → 200 {@code {"deleted": id}}.</li>
 *   <li>{@code GET /api/v1/config/templates} (any role; event loop) → {@code {"templates": [...]}}.</li>
 *   <li>{@code POST /api/v1/config/templates} (admin; blocking): {@code {name, description?, document}} (secret
 *       fields must be null) → 201 created, 200 replaced.</li>
 *   <li>{@code DELETE /api/v1/config/templates/:name} (admin; blocking) → 200 {@code {"deleted": name}}.</li>
 *   <li>{@code POST /api/v1/config/templates/:name/instantiate} (writers; blocking):
 *       {@code {userId, name, overrides?}} → 201, as a POST of a user configuration with that template.</li>
 * </ul>
 * Everything is validated on the HTTP thread, payload size included (413 over one command), before the command
 * is published. Stateless; handlers run on event loops and the blocking executor. Thread-safe.
 */
public final class ConfigRoutes
{
    private static final String USER_CONFIG = "/api/v1/user-config";
    private static final String TEMPLATES = "/api/v1/config/templates";

    private final Supplier<ConfigView> view;
    private final SecretBox box;
    private final Commands commands;

    /**
     * @param view     the config stage's latest view ({@code configStage::view}).
     * @param box      the master key ({@code SecretBox.fromEnvironment(System.getenv())}); empty refuses
     *                 documents that hold secrets.
     * @param commands the command gateway.
     */
    public ConfigRoutes(final Supplier<ConfigView> view, final Optional<SecretBox> box, final Commands commands)
    {
        this.view = view;
        this.box = box.orElse(null);
        this.commands = commands;
    }

    /** Registers the eight routes on {@code router}; returns it. Set-up thread. */
    public Router register(final Router router)
    {
        final Router.Dispatch blocking = Router.Dispatch.BLOCKING;
        final Service service = Service.CONFIGURATION;
        return router
            .add("GET", USER_CONFIG + "/:id", Router.Dispatch.EVENT_LOOP, Access.READERS, service, this::configsOf)
            .add("POST", USER_CONFIG, blocking, Access.WRITERS, service, this::create)
            .add("PUT", USER_CONFIG + "/:id", blocking, Access.WRITERS, service, this::update)
            .add("DELETE", USER_CONFIG + "/:id", blocking, Access.WRITERS, service, this::delete)
            .add("GET", TEMPLATES, Router.Dispatch.EVENT_LOOP, Access.ANY, service, this::templates)
            .add("POST", TEMPLATES, blocking, Access.ADMIN, service, this::putTemplate)
            .add("DELETE", TEMPLATES + "/:name", blocking, Access.ADMIN, service, this::deleteTemplate)
            .add("POST", TEMPLATES + "/:name/instantiate", blocking, Access.WRITERS, service, this::instantiate);
    }

    private CompletableFuture<Response> configsOf(final Request request)
    {
        final String userId = request.param("id");
        request.requireOwner(userId);
        final ConfigView current = view.get();
        if (current.user(userId) == null)
        {
            throw ApiException.notFound("user '" + userId + "' does not exist");
        }
        final List<Map<String, Object>> configs = new ArrayList<>();
        for (final UserConfig config : current.configsOf(userId))
        {
            configs.add(ConfigDocuments.json(config));
        }
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("userId", userId);
        body.put("configs", configs);
        return Response.json(200, body).completed();
    }

    private CompletableFuture<Response> create(final Request request)
    {
        final ConfigCreateRequest body = Json.read(request, ConfigCreateRequest.class);
        request.requireOwner(ConfigDocuments.id("userId", body.userId()));
        final String template = body.template();
        ObjectNode document = body.document();
        if (template != null)
        {
            document = ConfigDocuments.merge(template(template, "template"), document);
        }
        return created(request, body.userId(), body.name(), template, document);
    }

    private CompletableFuture<Response> instantiate(final Request request)
    {
        final String name = request.param("name");
        final ConfigTemplate template = view.get().template(name);
        if (template == null)
        {
            throw ApiException.notFound("template '" + name + "' does not exist");
        }
        final ConfigInstantiateRequest body = Json.read(request, ConfigInstantiateRequest.class);
        final ObjectNode base = ConfigDocuments.parse(template.document());
        final ObjectNode document = body.overrides() == null ? base : ConfigDocuments.merge(base, body.overrides());
        return created(request, body.userId(), body.name(), name, document);
    }

    /** Seals, journals and answers a new configuration of {@code userId}. */
    private CompletableFuture<Response> created(final Request request, final String userId, final String name,
        final String template, final ObjectNode document)
    {
        final Principal who = request.requireOwner(ConfigDocuments.id("userId", userId));
        final String id = ConfigDocuments.newId();
        ConfigDocuments.seal(document, null, box, id);
        final UserConfig config = checked(() -> new UserConfig(id, userId, name, template == null ? "" : template,
            ConfigDocuments.text(document), 0, 0));
        final byte[] payload = encode(buffer -> ConfigCommands.encodeUserConfigPut(ConfigCommands.Mode.CREATE,
            config, buffer));
        final int result = commands.submit(who, CommandType.USER_CONFIG_PUT, copy(payload));
        Commands.check(result, "configuration '" + id + "' of user '" + userId + "' (the user must exist)");
        return Response.json(201, ConfigDocuments.json(stored(id, config))).completed();
    }

    private CompletableFuture<Response> update(final Request request)
    {
        final UserConfig existing = existing(request.param("id"));
        final Principal who = request.requireOwner(existing.userId());
        final ConfigUpdateRequest body = Json.read(request, ConfigUpdateRequest.class);
        final ObjectNode document = body.document();
        ConfigDocuments.seal(document, ConfigDocuments.parse(existing.document()), box, existing.id());
        final UserConfig config = checked(() -> new UserConfig(existing.id(), existing.userId(),
            body.name() == null ? existing.name() : body.name(), existing.template(), ConfigDocuments.text(document),
            0, 0));
        final byte[] payload = encode(buffer -> ConfigCommands.encodeUserConfigPut(ConfigCommands.Mode.UPDATE,
            config, buffer));
        Commands.check(commands.submit(who, CommandType.USER_CONFIG_PUT, copy(payload)),
            "configuration '" + existing.id() + "'");
        return Response.json(200, ConfigDocuments.json(stored(existing.id(), config))).completed();
    }

    private CompletableFuture<Response> delete(final Request request)
    {
        final UserConfig existing = existing(request.param("id"));
        final Principal who = request.requireOwner(existing.userId());
        final byte[] payload = encode(buffer -> ConfigCommands.encodeUserConfigDelete(existing.id(),
            existing.userId(), buffer));
        Commands.check(commands.submit(who, CommandType.USER_CONFIG_DELETE, copy(payload)),
            "configuration '" + existing.id() + "'");
        return Response.json(200, Map.of("deleted", existing.id())).completed();
    }

    private CompletableFuture<Response> templates(final Request request)
    {
        final List<Map<String, Object>> templates = new ArrayList<>();
        for (final ConfigTemplate template : view.get().templates())
        {
            templates.add(templateJson(template));
        }
        return Response.json(200, Map.of("templates", templates)).completed();
    }

    private CompletableFuture<Response> putTemplate(final Request request)
    {
        final ConfigTemplateRequest body = Json.read(request, ConfigTemplateRequest.class);
        ConfigDocuments.refuseSecrets(body.document());
        final ConfigTemplate template = checked(() -> new ConfigTemplate(body.name(),
            body.description() == null ? "" : body.description(), ConfigDocuments.text(body.document()), 0));
        final byte[] payload = encode(buffer -> ConfigCommands.encodeTemplatePut(template, buffer));
        final boolean replaces = view.get().template(template.name()) != null;
        Commands.check(commands.submit(request.requirePrincipal(), CommandType.TEMPLATE_PUT, copy(payload)),
            "template '" + template.name() + "'");
        final ConfigTemplate stored = view.get().template(template.name());
        return Response.json(replaces ? 200 : 201, templateJson(stored == null ? template : stored)).completed();
    }

    private CompletableFuture<Response> deleteTemplate(final Request request)
    {
        final String name = request.param("name");
        if (view.get().template(name) == null)
        {
            throw ApiException.notFound("template '" + name + "' does not exist");
        }
        final byte[] payload = encode(buffer -> ConfigCommands.encodeTemplateDelete(name, buffer));
        Commands.check(commands.submit(request.requirePrincipal(), CommandType.TEMPLATE_DELETE, copy(payload)),
            "template '" + name + "'");
        return Response.json(200, Map.of("deleted", name)).completed();
    }

    private static Map<String, Object> templateJson(final ConfigTemplate template)
    {
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", template.name());
        json.put("description", template.description());
        json.put("document", SecretFields.mask(ConfigDocuments.parse(template.document())));
        TradingJson.time(json, "created", template.createdNanos());
        return json;
    }

    /** @return the document of template {@code name}, named in a body's {@code field}; 400 when it is unknown. */
    private ObjectNode template(final String name, final String field)
    {
        final ConfigTemplate template = view.get().template(ConfigDocuments.id(field, name));
        if (template == null)
        {
            throw ApiException.badRequest(field, "template '" + name + "' does not exist");
        }
        return ConfigDocuments.parse(template.document());
    }

    private UserConfig existing(final String id)
    {
        final UserConfig existing = view.get().config(id);
        if (existing == null)
        {
            throw ApiException.notFound("configuration '" + id + "' does not exist");
        }
        return existing;
    }

    /** @return the configuration as the stage stored it (with its times), or {@code sent} if it is gone again. */
    private UserConfig stored(final String id, final UserConfig sent)
    {
        final UserConfig stored = view.get().config(id);
        return stored == null ? sent : stored;
    }

    /** @return the payload {@code encoder} writes, validated and sized here (413 over one command). */
    private static byte[] encode(final ToIntFunction<UnsafeBuffer> encoder)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[Event.MAX_PAYLOAD]);
        final int length = checked(() -> encoder.applyAsInt(buffer));
        final byte[] payload = new byte[length];
        buffer.getBytes(0, payload);
        return payload;
    }

    private static ToIntFunction<UnsafeBuffer> copy(final byte[] payload)
    {
        return buffer ->
        {
            buffer.putBytes(0, payload);
            return payload.length;
        };
    }

    /** Runs a core validation; its {@code field: message} refusal becomes a 400 (or 413) naming the field. */
    private static <T> T checked(final Supplier<T> validation)
    {
        try
        {
            return validation.get();
        }
        catch (final IllegalArgumentException ex)
        {
            throw ConfigDocuments.refusal("", ex);
        }
    }
}
