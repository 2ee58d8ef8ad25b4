package io.tradingcore.http.auth;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SecretBoxTest
{
    private static final String UNREADABLE = "secret cannot be decrypted: wrong master key or corrupted value";
    private static final String CONTEXT = "cfg-1:/broker/password";

    private final SecretBox box = new SecretBox(key(1));

    @Test
    void sealedValueOpensToThePlaintext()
    {
        final String sealed = box.seal("hunter2 \u00e9\u20ac", CONTEXT);

        assertThat(sealed).startsWith("enc:v1:").doesNotContain("hunter2");
        assertThat(SecretBox.isSealed(sealed)).isTrue();
        assertThat(box.open(sealed, CONTEXT)).isEqualTo("hunter2 \u00e9\u20ac");
    }

    @Test
    void layoutIsIvCiphertextTagInBase64Url()
    {
        final String sealed = box.seal("abcd", CONTEXT);
        final byte[] raw = Base64.getUrlDecoder().decode(sealed.substring(SecretBox.PREFIX.length()));

        assertThat(sealed.substring(SecretBox.PREFIX.length())).doesNotContain("=", "+", "/");
        assertThat(raw).hasSize(12 + 4 + 16);
    }

    @Test
    void everySealUsesAFreshIv()
    {
        assertThat(box.seal("same", CONTEXT)).isNotEqualTo(box.seal("same", CONTEXT));
    }

    @Test
    void detectsTampering()
    {
        final String sealed = box.seal("hunter2", CONTEXT);
        final byte[] raw = Base64.getUrlDecoder().decode(sealed.substring(SecretBox.PREFIX.length()));
        for (final int index : new int[] {0, 12, raw.length - 1})
        {
            final byte[] changed = raw.clone();
            changed[index] ^= 1;
            final String tampered = SecretBox.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(changed);

            assertThatIllegalArgumentException().isThrownBy(() -> box.open(tampered, CONTEXT)).withMessage(UNREADABLE);
        }
    }

    @Test
    void refusesAnotherMasterKey()
    {
        final String sealed = box.seal("hunter2", CONTEXT);

        assertThatIllegalArgumentException().isThrownBy(() -> new SecretBox(key(2)).open(sealed, CONTEXT))
            .withMessage(UNREADABLE);
    }

    @Test
    void refusesAnotherContext()
    {
        final String sealed = box.seal("hunter2", CONTEXT);

        assertThatIllegalArgumentException().isThrownBy(() -> box.open(sealed, "cfg-1:/telegram/botToken"))
            .withMessage(UNREADABLE);
        assertThatIllegalArgumentException().isThrownBy(() -> box.open(sealed, "cfg-2:/broker/password"))
            .withMessage(UNREADABLE);
    }

    @Test
    void refusesValuesThatAreNotSealedOrTooShort()
    {
        for (final String value : new String[] {"hunter2", "enc:v1:", "enc:v1:AAAA", "enc:v1:!!!!", null})
        {
            assertThat(SecretBox.isSealed(value)).isEqualTo(value != null && value.startsWith("enc:v1:"));
            assertThatIllegalArgumentException().isThrownBy(() -> box.open(value, CONTEXT)).withMessage(UNREADABLE);
        }
    }

    @Test
    void environmentWithoutMasterKeyGivesNoBox()
    {
        assertThat(SecretBox.fromEnvironment(Map.of())).isEmpty();
        assertThat(SecretBox.fromEnvironment(Map.of(SecretBox.MASTER_KEY_ENV, " "))).isEmpty();
    }

    @Test
    void environmentMasterKeyOpensWhatTheSameKeySealed()
    {
        final Map<String, String> env = Map.of(SecretBox.MASTER_KEY_ENV, Base64.getEncoder().encodeToString(key(1)));

        final SecretBox fromEnv = SecretBox.fromEnvironment(env).orElseThrow();

        assertThat(fromEnv.open(box.seal("hunter2", CONTEXT), CONTEXT)).isEqualTo("hunter2");
    }

    @Test
    void refusesMasterKeyOfWrongSizeWithoutShowingIt()
    {
        final String shortKey = Base64.getEncoder().encodeToString(Arrays.copyOf(key(1), 16));

        assertThatIllegalArgumentException()
            .isThrownBy(() -> SecretBox.fromEnvironment(Map.of(SecretBox.MASTER_KEY_ENV, shortKey)))
            .withMessage("TC_MASTER_KEY must decode to 32 bytes, was 16");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> SecretBox.fromEnvironment(Map.of(SecretBox.MASTER_KEY_ENV, "%%%")))
            .withMessage("TC_MASTER_KEY is not valid base64");
        assertThatIllegalArgumentException().isThrownBy(() -> new SecretBox(new byte[31]));
    }

    private static byte[] key(final int seed)
    {
        final byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++)
        {
            key[i] = (byte)(seed * 31 + i);
        }
        return key;
    }
}
