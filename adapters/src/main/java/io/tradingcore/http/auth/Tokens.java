package io.tradingcore.http.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.tradingcore.config.Role;

import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Objects;

/**
 * Issues and verifies the API's bearer tokens: JWTs signed with HS256 (nimbus-jose-jwt) under one secret of at
 * least 32 bytes, with claims {@code iss} = {@value #ISSUER}, {@code sub} (user id), {@code role} (label),
 * {@code iat}, {@code exp} and a random {@code jti}. Verification accepts HS256 only (never {@code alg: none},
 * never another algorithm chosen by the token), checks the signature, then the claims; there is no clock skew
 * allowance: a token is refused from its {@code exp} on.
 * <p>
 * Thread-safe: the signer and verifier hold only the key; the clock and the random source are thread-safe.
 * Called by HTTP threads.
 */
public final class Tokens
{
    /** The {@code iss} of every token. */
    public static final String ISSUER = "tradingcore";
    /** The environment variable with the signing secret, base64. */
    public static final String SECRET_ENV = "TC_JWT_SECRET";
    /** Default token lifetime. */
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(15);
    /** Shortest secret accepted (the HS256 key size). */
    public static final int MIN_SECRET_BYTES = 32;
    /** What {@link #secretSource()} says for a secret generated at start-up. */
    public static final String RANDOM_SECRET = "random per process (tokens do not survive a restart)";

    private static final String ROLE_CLAIM = "role";

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final Duration ttl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final String secretSource;

    /**
     * @param secret the HS256 key, at least {@value #MIN_SECRET_BYTES} bytes (copied).
     * @param ttl    token lifetime, at least one second.
     * @param clock  the time of issue and of verification.
     * @throws IllegalArgumentException for a short secret or a lifetime under one second.
     */
    public Tokens(final byte[] secret, final Duration ttl, final Clock clock)
    {
        this(secret, ttl, clock, "given");
    }

    private Tokens(final byte[] secret, final Duration ttl, final Clock clock, final String secretSource)
    {
        if (secret == null || secret.length < MIN_SECRET_BYTES)
        {
            throw new IllegalArgumentException("the JWT secret must be at least " + MIN_SECRET_BYTES + " bytes");
        }
        if (ttl == null || ttl.compareTo(Duration.ofSeconds(1)) < 0)
        {
            throw new IllegalArgumentException("the token lifetime must be at least 1 s, was " + ttl);
        }
        try
        {
            this.signer = new MACSigner(secret.clone());
            this.verifier = new MACVerifier(secret.clone());
        }
        catch (final JOSEException ex)
        {
            throw new IllegalArgumentException("the JWT secret cannot be used for HS256", ex);
        }
        this.ttl = ttl;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.secretSource = secretSource;
    }

    /**
     * The daemon's tokens: the secret is env {@value #SECRET_ENV} (base64) when set, else 32 random bytes made
     * now, so that tokens stop working when the process restarts; {@link #secretSource()} says which.
     *
     * @param env   the environment, e.g. {@code System.getenv()}.
     * @param ttl   token lifetime, e.g. {@link #DEFAULT_TTL}.
     * @param clock the clock.
     * @return the tokens.
     * @throws IllegalArgumentException naming {@value #SECRET_ENV} (never its value) when it is not base64 or
     *                                  decodes to fewer than {@value #MIN_SECRET_BYTES} bytes.
     */
    public static Tokens fromEnvironment(final Map<String, String> env, final Duration ttl, final Clock clock)
    {
        final String encoded = env.get(SECRET_ENV);
        if (encoded == null || encoded.isBlank())
        {
            final byte[] secret = new byte[MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(secret);
            return new Tokens(secret, ttl, clock, RANDOM_SECRET);
        }
        final byte[] secret;
        try
        {
            secret = Base64.getDecoder().decode(encoded.trim());
        }
        catch (final IllegalArgumentException ex)
        {
            throw new IllegalArgumentException(SECRET_ENV + " is not valid base64");
        }
        if (secret.length < MIN_SECRET_BYTES)
        {
            throw new IllegalArgumentException(SECRET_ENV + " must decode to at least " + MIN_SECRET_BYTES
                + " bytes, was " + secret.length);
        }
        return new Tokens(secret, ttl, clock, SECRET_ENV);
    }

    /** @return where the secret came from: {@value #SECRET_ENV}, {@link #RANDOM_SECRET} or {@code given}. */
    public String secretSource()
    {
        return secretSource;
    }

    /** @return the lifetime of issued tokens. */
    public Duration ttl()
    {
        return ttl;
    }

    /**
     * @param userId the subject.
     * @param role   the user's role now.
     * @return a signed compact JWT valid from now (whole seconds) for {@link #ttl()}. Any thread.
     */
    public String issue(final String userId, final Role role)
    {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        final Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        final JWTClaimsSet claims = new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject(userId)
            .claim(ROLE_CLAIM, role.label())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(ttl)))
            .jwtID(newJwtId())
            .build();
        final SignedJWT jwt = new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        try
        {
            jwt.sign(signer);
        }
        catch (final JOSEException ex)
        {
            throw new IllegalStateException("HS256 signing failed", ex);
        }
        return jwt.serialize();
    }

    /**
     * @param token a compact JWT.
     * @return its claims when it is a valid, unexpired HS256 token of ours. Any thread.
     * @throws AuthException saying which check failed: unparsable, unsigned, wrong algorithm, bad signature,
     *                       missing claim, wrong issuer, unknown role or expired.
     */
    public TokenClaims verify(final String token) throws AuthException
    {
        final JWTClaimsSet claims = verifiedClaims(token);
        final String subject = claims.getSubject();
        final Date issuedAt = claims.getIssueTime();
        final Date expiresAt = claims.getExpirationTime();
        final String jwtId = claims.getJWTID();
        final Object role = claims.getClaim(ROLE_CLAIM);
        requireClaim(claims.getIssuer(), "iss");
        requireClaim(subject, "sub");
        requireClaim(issuedAt, "iat");
        requireClaim(expiresAt, "exp");
        requireClaim(jwtId, "jti");
        requireClaim(role, ROLE_CLAIM);
        if (!ISSUER.equals(claims.getIssuer()))
        {
            throw new AuthException("token issuer is not " + ISSUER);
        }
        final Role parsedRole = parseRole(role);
        if (!clock.instant().isBefore(expiresAt.toInstant()))
        {
            throw new AuthException("token has expired");
        }
        return new TokenClaims(subject, parsedRole, jwtId, issuedAt.toInstant(), expiresAt.toInstant());
    }

    private JWTClaimsSet verifiedClaims(final String token) throws AuthException
    {
        final JWT jwt;
        try
        {
            jwt = JWTParser.parse(token);
        }
        catch (final ParseException ex)
        {
            throw new AuthException("token cannot be parsed");
        }
        if (jwt instanceof PlainJWT)
        {
            throw new AuthException("unsigned tokens (alg none) are refused");
        }
        if (!(jwt instanceof SignedJWT))
        {
            throw new AuthException("encrypted tokens are refused");
        }
        final SignedJWT signed = (SignedJWT)jwt;
        if (!JWSAlgorithm.HS256.equals(signed.getHeader().getAlgorithm()))
        {
            throw new AuthException("token algorithm is refused; only HS256 is accepted");
        }
        if (!signatureValid(signed))
        {
            throw new AuthException("token signature is invalid");
        }
        try
        {
            return signed.getJWTClaimsSet();
        }
        catch (final ParseException ex)
        {
            throw new AuthException("token claims cannot be parsed");
        }
    }

    private boolean signatureValid(final SignedJWT signed)
    {
        try
        {
            return signed.verify(verifier);
        }
        catch (final JOSEException ex)
        {
            return false;
        }
    }

    private static void requireClaim(final Object value, final String name) throws AuthException
    {
        if (value == null || value instanceof String && ((String)value).isBlank())
        {
            throw new AuthException("token lacks claim " + name);
        }
    }

    private static Role parseRole(final Object role) throws AuthException
    {
        if (role instanceof String)
        {
            try
            {
                return Role.parse((String)role);
            }
            catch (final IllegalArgumentException ex)
            {
                throw new AuthException("token role is unknown");
            }
        }
        throw new AuthException("token role is unknown");
    }

    private String newJwtId()
    {
        final byte[] id = new byte[16];
        random.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }
}
