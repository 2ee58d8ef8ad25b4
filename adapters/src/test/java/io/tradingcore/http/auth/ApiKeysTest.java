package io.tradingcore.http.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ApiKeysTest
{
    private static final String SECRET_43 = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";

    private final ApiKeys keys = new ApiKeys();

    @Test
    void generatesPrefixHexIdAndBase64UrlSecret()
    {
        final String key = keys.generate();

        assertThat(key).matches("tck_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
    }

    @Test
    void generatesDistinctKeysThatAllParse()
    {
        final Set<String> ids = new HashSet<>();
        for (int i = 0; i < 500; i++)
        {
            final String key = keys.generate();
            final ApiKeys.Parsed parsed = ApiKeys.parse(key);
            assertThat(key).isEqualTo(ApiKeys.PREFIX + parsed.keyId() + '_' + parsed.secret());
            ids.add(parsed.keyId());
        }
        assertThat(ids).hasSize(500);
    }

    @Test
    void parsesASecretThatContainsUnderscores()
    {
        final String secret = "_" + SECRET_43.substring(1);

        final ApiKeys.Parsed parsed = ApiKeys.parse("tck_0123456789abcdef_" + secret);

        assertThat(parsed.keyId()).isEqualTo("0123456789abcdef");
        assertThat(parsed.secret()).isEqualTo(secret);
    }

    @Test
    void hashesTheSecretPartWithSha256()
    {
        assertThat(HexFormat.of().formatHex(ApiKeys.sha256("abc")))
            .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void verifiesThePresentedKeyAgainstTheStoredHash()
    {
        final ApiKeys.Parsed stored = ApiKeys.parse(keys.generate());
        final byte[] hash = stored.sha256();

        assertThat(ApiKeys.verify(ApiKeys.parse(ApiKeys.PREFIX + stored.keyId() + '_' + stored.secret()), hash))
            .isTrue();
    }

    @Test
    void refusesAnotherSecretUnderTheSameKeyId()
    {
        final ApiKeys.Parsed stored = ApiKeys.parse(keys.generate());
        final ApiKeys.Parsed other = ApiKeys.parse(keys.generate());
        final ApiKeys.Parsed forged = ApiKeys.parse(ApiKeys.PREFIX + stored.keyId() + '_' + other.secret());

        assertThat(ApiKeys.verify(forged, stored.sha256())).isFalse();
    }

    @Test
    void refusesAHashThatDiffersInTheLastByteOrInLength()
    {
        final ApiKeys.Parsed stored = ApiKeys.parse(keys.generate());
        final byte[] lastByte = stored.sha256();
        lastByte[lastByte.length - 1] ^= 1;

        assertThat(ApiKeys.verify(stored, lastByte)).isFalse();
        assertThat(ApiKeys.verify(stored, new byte[0])).isFalse();
        assertThat(ApiKeys.verify(stored, null)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "tck_0123456789abcdef",
        "tcx_0123456789abcdef_" + SECRET_43,
        "tck_0123456789ABCDEF_" + SECRET_43,
        "tck_0123456789abcdeg_" + SECRET_43,
        "tck_0123456789abcdef-" + SECRET_43,
        "tck_0123456789abcdef_" + SECRET_43 + "A",
        "tck_0123456789abcdef_+AECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8",
        "tck_0123456789abcdef_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh=",
    })
    void refusesMalformedKeysWithoutRepeatingThem(final String key)
    {
        assertThatIllegalArgumentException().isThrownBy(() -> ApiKeys.parse(key))
            .withMessage("malformed API key");
    }

    @Test
    void parsedKeyDoesNotPrintItsSecret()
    {
        final ApiKeys.Parsed parsed = ApiKeys.parse("tck_0123456789abcdef_" + SECRET_43);

        assertThat(parsed.toString()).contains("0123456789abcdef").doesNotContain(SECRET_43);
    }
}
