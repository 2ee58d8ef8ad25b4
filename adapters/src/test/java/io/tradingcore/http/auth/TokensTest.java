package io.tradingcore.http.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.tradingcore.config.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokensTest
{
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private static final byte[] SECRET = secret(32, 7);

    private final Tokens tokens = tokensAt(T0);

    @Test
    void issuedTokenVerifiesWithItsClaims() throws AuthException
    {
        final TokenClaims claims = tokens.verify(tokens.issue("alice", Role.TRADER));

        assertThat(claims.userId()).isEqualTo("alice");
        assertThat(claims.role()).isEqualTo(Role.TRADER);
        assertThat(claims.issuedAt()).isEqualTo(T0);
        assertThat(claims.expiresAt()).isEqualTo(T0.plus(Tokens.DEFAULT_TTL));
        assertThat(claims.jwtId()).isNotBlank();
    }

    @Test
    void everyTokenHasItsOwnJwtId() throws AuthException
    {
        final String first = tokens.verify(tokens.issue("alice", Role.VIEWER)).jwtId();
        final String second = tokens.verify(tokens.issue("alice", Role.VIEWER)).jwtId();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void tokenIsSignedHs256WithIssuerTradingcore() throws Exception
    {
        final SignedJWT jwt = SignedJWT.parse(tokens.issue("alice", Role.ADMIN));

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("tradingcore");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("role")).isEqualTo("admin");
    }

    @Test
    void refusesAlgNoneToken()
    {
        final String header = base64Url("{\"alg\":\"none\"}");
        final String payload = base64Url("{\"iss\":\"tradingcore\",\"sub\":\"alice\",\"role\":\"admin\",\"iat\":"
            + T0.getEpochSecond() + ",\"exp\":" + (T0.getEpochSecond() + 600) + ",\"jti\":\"x\"}");

        assertRefused(header + "." + payload + ".", "unsigned tokens (alg none) are refused");
    }

    @Test
    void refusesTokenSignedWithAnotherSecret()
    {
        final Tokens other = new Tokens(secret(32, 99), Tokens.DEFAULT_TTL, Clock.fixed(T0, ZoneOffset.UTC));

        assertRefused(other.issue("alice", Role.ADMIN), "token signature is invalid");
    }

    @Test
    void refusesHs512Token() throws JOSEException
    {
        final SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS512), validClaims().build());
        jwt.sign(new MACSigner(secret(64, 7)));

        assertRefused(jwt.serialize(), "token algorithm is refused; only HS256 is accepted");
    }

    @Test
    void refusesTokenWhosePayloadWasChanged()
    {
        final String[] parts = tokens.issue("alice", Role.VIEWER).split("\\.");
        final String forged = base64Url("{\"iss\":\"tradingcore\",\"sub\":\"alice\",\"role\":\"admin\",\"iat\":"
            + T0.getEpochSecond() + ",\"exp\":" + (T0.getEpochSecond() + 600) + ",\"jti\":\"x\"}");

        assertRefused(parts[0] + "." + forged + "." + parts[2], "token signature is invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "a.b.c", "bm90IGpzb24.e30.abc"})
    void refusesUnparsableToken(final String token)
    {
        assertRefused(token, "token cannot be parsed");
    }

    @Test
    void refusesTokenAtAndAfterExpiry() throws AuthException
    {
        final String token = tokens.issue("alice", Role.TRADER);

        assertThat(tokensAt(T0.plus(Tokens.DEFAULT_TTL).minusMillis(1)).verify(token).userId()).isEqualTo("alice");
        assertThatThrownBy(() -> tokensAt(T0.plus(Tokens.DEFAULT_TTL)).verify(token))
            .isInstanceOf(AuthException.class).hasMessage("token has expired");
    }

    @Test
    void honoursAConfiguredLifetime() throws AuthException
    {
        final Duration ttl = Duration.ofSeconds(30);
        final String token = new Tokens(SECRET, ttl, Clock.fixed(T0, ZoneOffset.UTC)).issue("alice", Role.AGENT);
        final Tokens later = new Tokens(SECRET, ttl, Clock.fixed(T0.plusSeconds(30), ZoneOffset.UTC));

        assertThat(tokens.verify(token).expiresAt()).isEqualTo(T0.plusSeconds(30));
        assertThatThrownBy(() -> later.verify(token)).hasMessage("token has expired");
    }

    @Test
    void refusesWrongIssuer() throws JOSEException
    {
        assertRefused(signed(validClaims().issuer("someone-else")), "token issuer is not tradingcore");
    }

    @ParameterizedTest
    @ValueSource(strings = {"iss", "sub", "iat", "exp", "jti", "role"})
    void refusesTokenMissingAClaim(final String claim) throws JOSEException
    {
        assertRefused(signed(validClaims().claim(claim, null)), "token lacks claim " + claim);
    }

    @Test
    void refusesUnknownOrNonTextRole() throws JOSEException
    {
        assertRefused(signed(validClaims().claim("role", "superuser")), "token role is unknown");
        assertRefused(signed(validClaims().claim("role", 1)), "token role is unknown");
    }

    @Test
    void environmentSecretIsSharedByEveryInstance() throws AuthException
    {
        final Map<String, String> env = Map.of(Tokens.SECRET_ENV, Base64.getEncoder().encodeToString(SECRET));
        final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        final Tokens first = Tokens.fromEnvironment(env, Tokens.DEFAULT_TTL, clock);
        final Tokens second = Tokens.fromEnvironment(env, Tokens.DEFAULT_TTL, clock);

        assertThat(first.secretSource()).isEqualTo(Tokens.SECRET_ENV);
        assertThat(second.verify(first.issue("alice", Role.TRADER)).userId()).isEqualTo("alice");
        assertThat(tokens.verify(first.issue("bob", Role.VIEWER)).userId()).isEqualTo("bob");
    }

    @Test
    void withoutEnvironmentSecretEachProcessHasItsOwnRandomSecret()
    {
        final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        final Tokens first = Tokens.fromEnvironment(Map.of(), Tokens.DEFAULT_TTL, clock);
        final Tokens second = Tokens.fromEnvironment(Map.of(), Tokens.DEFAULT_TTL, clock);

        assertThat(first.secretSource()).isEqualTo(Tokens.RANDOM_SECRET);
        assertThatThrownBy(() -> second.verify(first.issue("alice", Role.TRADER)))
            .hasMessage("token signature is invalid");
    }

    @Test
    void refusesBadEnvironmentSecretWithoutShowingIt()
    {
        final String shortSecret = Base64.getEncoder().encodeToString(secret(16, 1));
        final Clock clock = Clock.systemUTC();

        assertThatIllegalArgumentException()
            .isThrownBy(() -> Tokens.fromEnvironment(Map.of(Tokens.SECRET_ENV, shortSecret), Duration.ofMinutes(1),
                clock))
            .withMessageContaining("TC_JWT_SECRET").withMessageNotContaining(shortSecret);
        assertThatIllegalArgumentException()
            .isThrownBy(() -> Tokens.fromEnvironment(Map.of(Tokens.SECRET_ENV, "not base64!"), Duration.ofMinutes(1),
                clock))
            .withMessage("TC_JWT_SECRET is not valid base64");
    }

    @Test
    void refusesShortSecretAndSubSecondLifetime()
    {
        final Clock clock = Clock.systemUTC();

        assertThatIllegalArgumentException().isThrownBy(() -> new Tokens(secret(31, 1), Tokens.DEFAULT_TTL, clock));
        assertThatIllegalArgumentException().isThrownBy(() -> new Tokens(SECRET, Duration.ofMillis(999), clock));
    }

    private void assertRefused(final String token, final String message)
    {
        assertThatThrownBy(() -> tokens.verify(token)).isInstanceOf(AuthException.class).hasMessage(message);
    }

    private static Tokens tokensAt(final Instant now)
    {
        return new Tokens(SECRET, Tokens.DEFAULT_TTL, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static JWTClaimsSet.Builder validClaims()
    {
        return new JWTClaimsSet.Builder()
            .issuer(Tokens.ISSUER)
            .subject("alice")
            .claim("role", "trader")
            .issueTime(Date.from(T0))
            .expirationTime(Date.from(T0.plusSeconds(600)))
            .jwtID("jti-1");
    }

    private static String signed(final JWTClaimsSet.Builder claims) throws JOSEException
    {
        final SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        jwt.sign(new MACSigner(SECRET));
        return jwt.serialize();
    }

    private static String base64Url(final String json)
    {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] secret(final int length, final int seed)
    {
        final byte[] secret = new byte[length];
        Arrays.fill(secret, (byte)seed);
        for (int i = 0; i < length; i++)
        {
            secret[i] += (byte)i;
        }
        return secret;
    }
}
