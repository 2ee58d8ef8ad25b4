package io.tradingcore.http;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class RouterTest
{
    private static final RouteHandler OK = request -> Response.json(200, Map.of()).completed();

    @Test
    void matchesExactPathsAndParamSegments()
    {
        final Router router = new Router().get("/health", OK).get("/api/v1/orders/:id", OK);

        final Router.Match health = router.match("GET", "/health");
        final Router.Match order = router.match("GET", "/api/v1/orders/a%20b");

        assertThat(health.route().template()).isEqualTo("/health");
        assertThat(health.params()).isEmpty();
        assertThat(order.template()).isEqualTo("/api/v1/orders/:id");
        assertThat(order.params()).containsExactly(Map.entry("id", "a b"));
    }

    @Test
    void unknownPathsAndEmptyParamSegmentsAreNotFound()
    {
        final Router router = new Router().get("/health", OK).get("/orders/:id", OK);

        assertThat(router.match("GET", "/healthz").notFound()).isTrue();
        assertThat(router.match("GET", "/health/").notFound()).isTrue();
        assertThat(router.match("GET", "/orders/").notFound()).isTrue();
        assertThat(router.match("GET", "/orders/1/2").notFound()).isTrue();
        assertThat(router.match("GET", "health").notFound()).isTrue();
    }

    @Test
    void knownPathWithAnotherMethodListsTheAllowedMethodsSorted()
    {
        final Router router = new Router().get("/orders/:id", OK)
            .add("delete", "/orders/:id", Router.Dispatch.BLOCKING, Access.ADMIN, Service.GATEWAY, OK);

        final Router.Match match = router.match("POST", "/orders/7");

        assertThat(match.notFound()).isFalse();
        assertThat(match.route()).isNull();
        assertThat(match.template()).isEqualTo("/orders/:id");
        assertThat(match.allowed()).containsExactly("DELETE", "GET");
        assertThat(router.match("DELETE", "/orders/7").route().dispatch()).isEqualTo(Router.Dispatch.BLOCKING);
    }

    @Test
    void exactTemplateWinsOverAParamTemplateRegisteredBefore()
    {
        final Router router = new Router().get("/orders/:id", OK).get("/orders/open", OK);

        assertThat(router.match("GET", "/orders/open").template()).isEqualTo("/orders/open");
        assertThat(router.match("GET", "/orders/9").template()).isEqualTo("/orders/:id");
    }

    @Test
    void rejectsMalformedTemplatesAndDuplicates()
    {
        final Router router = new Router().get("/health", OK);

        assertThatThrownBy(() -> router.get("/health", OK)).hasMessageContaining("GET /health is registered twice");
        assertThatThrownBy(() -> router.get("health", OK)).hasMessageContaining("must start with '/'");
        assertThatThrownBy(() -> router.get("/orders/id:x", OK)).hasMessageContaining("bad segment 'id:x'");
        assertThatThrownBy(() -> router.get("/orders/:", OK)).hasMessageContaining("bad segment ':'");
        assertThat(router.routes()).hasSize(1);
    }
}
