package io.tradingcore.http.auth;

import io.tradingcore.config.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthenticatorTest
{
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes();

    private final Tokens tokens = new Tokens(SECRET, Tokens.DEFAULT_TTL, Clock.fixed(T0, ZoneOffset.UTC));
    private final Map<String, Role> users = new ConcurrentHashMap<>(Map.of("alice", Role.TRADER, "root", Role.ADMIN));
    private final Authenticator authenticator = new Authenticator(tokens, users::get);

    @Test
    void bearerTokenOfAnExistingUserGivesTheirPrincipal() throws AuthException
    {
        final Principal principal = authenticator.authenticate("Bearer " + tokens.issue("alice", Role.TRADER));

        assertThat(principal).isEqualTo(new Principal("alice", Role.TRADER));
    }

    @Test
    void schemeIsCaseInsensitive() throws AuthException
    {
        assertThat(authenticator.authenticate("bearer " + tokens.issue("root", Role.ADMIN)).userId())
            .isEqualTo("root");
    }

    @Test
    void principalCarriesTheCurrentRoleNotTheTokensRole() throws AuthException
    {
        final String token = tokens.issue("alice", Role.TRADER);
        users.put("alice", Role.VIEWER);

        assertThat(authenticator.authenticate("Bearer " + token).role()).isEqualTo(Role.VIEWER);
    }

    @Test
    void tokenOfADeletedUserIsRefused()
    {
        final String token = tokens.issue("alice", Role.TRADER);
        users.remove("alice");

        assertThatThrownBy(() -> authenticator.authenticate("Bearer " + token))
            .isInstanceOf(AuthException.class).hasMessage("user no longer exists");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesMissingHeader(final String header)
    {
        assertThatThrownBy(() -> authenticator.authenticate(header)).hasMessage("missing Authorization header");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic YWxpY2U6cHc=", "Token abc", "Bearerabc", "tck_0123456789abcdef_x"})
    void refusesOtherSchemes(final String header)
    {
        assertThatThrownBy(() -> authenticator.authenticate(header))
            .hasMessage("Authorization scheme must be Bearer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "Bearer   "})
    void refusesBearerWithoutToken(final String header)
    {
        assertThatThrownBy(() -> authenticator.authenticate(header)).hasMessage("missing bearer token");
    }

    @Test
    void passesOnTheTokensRefusal()
    {
        final Tokens later = new Tokens(SECRET, Tokens.DEFAULT_TTL,
            Clock.fixed(T0.plus(Tokens.DEFAULT_TTL), ZoneOffset.UTC));
        final Authenticator lateAuthenticator = new Authenticator(later, users::get);
        final String token = tokens.issue("alice", Role.TRADER);

        assertThatThrownBy(() -> authenticator.authenticate("Bearer not-a-jwt")).hasMessage("token cannot be parsed");
        assertThatThrownBy(() -> lateAuthenticator.authenticate("Bearer " + token)).hasMessage("token has expired");
    }
}
