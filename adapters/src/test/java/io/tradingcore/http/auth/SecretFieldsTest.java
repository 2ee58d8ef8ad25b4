package io.tradingcore.http.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SecretFieldsTest
{
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOC = "{\"name\":\"desk\",\"tokenCount\":3,"
        + "\"broker\":{\"login\":42,\"password\":\"p-broker\"},"
        + "\"accounts\":[{\"id\":\"a\",\"apiKey\":\"k-a\"},{\"id\":\"b\",\"API_KEY\":\"k-b\"}],"
        + "\"telegram\":{\"botToken\":\"t-bot\",\"chatSecret\":null},"
        + "\"exchange\":{\"Passphrase\":\"pp\",\"clientSecret\":\"cs\"}}";

    private final SecretBox box = new SecretBox(key());

    @ParameterizedTest
    @ValueSource(strings = {"password", "botToken", "TOKEN", "apiKey", "api_key", "MY_API_KEY", "clientSecret",
        "Passphrase"})
    void recognisesSecretNames(final String name)
    {
        assertThat(SecretFields.isSecretName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "tokenCount", "passwordHint", "keyId", "secrets", "api"})
    void otherNamesAreNotSecret(final String name)
    {
        assertThat(SecretFields.isSecretName(name)).isFalse();
    }

    @Test
    void sealsEverySecretAtAnyDepthAndLeavesTheRest() throws Exception
    {
        final ObjectNode doc = parse(DOC);

        SecretFields.seal(doc, null, box, "cfg-1");

        assertThat(box.open(doc.at("/broker/password").textValue(), "cfg-1:/broker/password")).isEqualTo("p-broker");
        assertThat(box.open(doc.at("/accounts/0/apiKey").textValue(), "cfg-1:/accounts/0/apiKey")).isEqualTo("k-a");
        assertThat(box.open(doc.at("/accounts/1/API_KEY").textValue(), "cfg-1:/accounts/1/API_KEY")).isEqualTo("k-b");
        assertThat(box.open(doc.at("/telegram/botToken").textValue(), "cfg-1:/telegram/botToken")).isEqualTo("t-bot");
        assertThat(box.open(doc.at("/exchange/Passphrase").textValue(), "cfg-1:/exchange/Passphrase")).isEqualTo("pp");
        assertThat(doc.at("/telegram/chatSecret").isNull()).isTrue();
        assertThat(doc.at("/name").textValue()).isEqualTo("desk");
        assertThat(doc.at("/tokenCount").intValue()).isEqualTo(3);
        assertThat(doc.at("/broker/login").intValue()).isEqualTo(42);
        assertThat(JSON.writeValueAsString(doc)).doesNotContain("p-broker", "k-a", "k-b", "t-bot", "\"pp\"", "\"cs\"");
    }

    @Test
    void maskKeepsTheStoredSealedValue() throws Exception
    {
        final ObjectNode stored = parse(DOC);
        SecretFields.seal(stored, null, box, "cfg-1");
        final ObjectNode update = SecretFields.mask(stored);
        update.withObject("/broker").put("login", 43);
        ((ObjectNode)update.at("/accounts/1")).put("API_KEY", "k-b2");

        SecretFields.seal(update, stored, box, "cfg-1");

        assertThat(update.at("/broker/password")).isEqualTo(stored.at("/broker/password"));
        assertThat(update.at("/accounts/0/apiKey")).isEqualTo(stored.at("/accounts/0/apiKey"));
        assertThat(box.open(update.at("/accounts/1/API_KEY").textValue(), "cfg-1:/accounts/1/API_KEY"))
            .isEqualTo("k-b2");
        assertThat(update.at("/broker/login").intValue()).isEqualTo(43);
    }

    @Test
    void maskWithoutAStoredSecretIsRefused() throws Exception
    {
        final ObjectNode doc = parse("{\"broker\":{\"password\":\"***\"}}");

        assertThatIllegalArgumentException().isThrownBy(() -> SecretFields.seal(doc, null, box, "cfg-1"))
            .withMessageStartingWith("broker.password: ");
    }

    @Test
    void sealedValueIsKeptInItsPlaceButRefusedElsewhere() throws Exception
    {
        final ObjectNode stored = parse(DOC);
        SecretFields.seal(stored, null, box, "cfg-1");
        final String sealedA = stored.at("/accounts/0/apiKey").textValue();
        final ObjectNode same = stored.deepCopy();
        final ObjectNode moved = stored.deepCopy();
        ((ObjectNode)moved.at("/accounts/1")).put("API_KEY", sealedA);
        final ObjectNode otherConfig = stored.deepCopy();

        SecretFields.seal(same, null, box, "cfg-1");

        assertThat(same).isEqualTo(stored);
        assertThatIllegalArgumentException().isThrownBy(() -> SecretFields.seal(moved, null, box, "cfg-1"))
            .withMessage("accounts[1].API_KEY: secret cannot be decrypted: wrong master key or corrupted value");
        assertThatIllegalArgumentException().isThrownBy(() -> SecretFields.seal(otherConfig, null, box, "cfg-2"))
            .withMessageStartingWith("broker.password: ");
    }

    @Test
    void secretThatIsNotAStringIsRefused() throws Exception
    {
        final ObjectNode doc = parse("{\"broker\":{\"password\":1234}}");

        assertThatIllegalArgumentException().isThrownBy(() -> SecretFields.seal(doc, null, box, "cfg-1"))
            .withMessage("broker.password: a secret must be a string");
    }

    @Test
    void maskReplacesEverySecretInACopy() throws Exception
    {
        final ObjectNode doc = parse(DOC);
        SecretFields.seal(doc, null, box, "cfg-1");
        final ObjectNode before = doc.deepCopy();

        final ObjectNode masked = SecretFields.mask(doc);

        assertThat(masked.at("/broker/password").textValue()).isEqualTo("***");
        assertThat(masked.at("/accounts/0/apiKey").textValue()).isEqualTo("***");
        assertThat(masked.at("/accounts/1/API_KEY").textValue()).isEqualTo("***");
        assertThat(masked.at("/exchange/clientSecret").textValue()).isEqualTo("***");
        assertThat(masked.at("/telegram/chatSecret").isNull()).isTrue();
        assertThat(masked.at("/broker/login").intValue()).isEqualTo(42);
        assertThat(JSON.writeValueAsString(masked)).doesNotContain("enc:v1:", "p-broker");
        assertThat(doc).isEqualTo(before);
    }

    @Test
    void findsSecretsAnywhere() throws Exception
    {
        assertThat(SecretFields.containsSecrets(parse(DOC))).isTrue();
        assertThat(SecretFields.containsSecrets(parse("{\"a\":[{\"b\":{\"token\":\"x\"}}]}"))).isTrue();
        assertThat(SecretFields.containsSecrets(parse("{\"a\":[{\"token\":null}],\"tokenCount\":1}"))).isFalse();
    }

    private static ObjectNode parse(final String json) throws Exception
    {
        return (ObjectNode)JSON.readTree(json);
    }

    private static byte[] key()
    {
        final byte[] key = new byte[32];
        Arrays.fill(key, (byte)5);
        return key;
    }
}
