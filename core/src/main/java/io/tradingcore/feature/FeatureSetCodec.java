package io.tradingcore.feature;

import io.tradingcore.event.Event;
import io.tradingcore.event.PayloadReader;
import io.tradingcore.event.PayloadWriter;
import io.tradingcore.market.Timeframe;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import java.util.ArrayList;
import java.util.List;

/**
 * Payloads of the journaled feature-set commands. Little-endian; a string is a u16 byte length followed
 * by UTF-8 bytes.
 *
 * <pre>
 *   FEATURE_SET_PUT:    version u8 (1) | user str | name str | timeframeMask u8 (bit = timeframe code,
 *                       0 = every timeframe) | symbolCount u16 | symbol str x symbolCount |
 *                       featureCount u16 | feature str x featureCount
 *   FEATURE_SET_DELETE: version u8 (1) | user str | name str
 * </pre>
 *
 * A payload is at most {@link Event#MAX_PAYLOAD} bytes. Stateless and thread-safe; allocates (commands
 * are not the per-tick hot path).
 */
public final class FeatureSetCodec
{
    public static final byte VERSION = 1;

    private FeatureSetCodec()
    {
    }

    /**
     * @return the payload length written at offset 0 of {@code buffer}.
     * @throws IllegalArgumentException if the set does not fit in one command payload.
     */
    public static int encodePut(final FeatureSet set, final MutableDirectBuffer buffer)
    {
        final PayloadWriter writer = header(buffer, set.user(), set.name());
        final int mask = set.timeframes().isEmpty() ? 0 : set.timeframeMask();
        writer.u8(mask);
        writer.u16(set.symbols().size());
        set.symbols().forEach(writer::string);
        writer.u16(set.features().size());
        set.features().forEach(writer::string);
        return writer.length();
    }

    /** @return the payload length of a delete command for {@code user}'s set {@code name}. */
    public static int encodeDelete(final String user, final String name, final MutableDirectBuffer buffer)
    {
        return header(buffer, user, name).length();
    }

    private static PayloadWriter header(final MutableDirectBuffer buffer, final String user, final String name)
    {
        return new PayloadWriter(buffer, "feature set", VERSION).string(user).string(name);
    }

    /**
     * @throws IllegalArgumentException saying what is wrong with the payload or the set it describes.
     */
    public static FeatureSet decodePut(final DirectBuffer buffer, final int length)
    {
        final PayloadReader reader = new PayloadReader(buffer, length, "feature-set payload", VERSION);
        final String user = reader.string("user");
        final String name = reader.string("name");
        final int mask = reader.u8("timeframe mask");
        final List<Timeframe> timeframes = new ArrayList<>();
        for (final Timeframe tf : Timeframe.values())
        {
            if ((mask & (1 << tf.code())) != 0)
            {
                timeframes.add(tf);
            }
        }
        final List<String> symbols = reader.strings("symbol");
        final List<String> features = reader.strings("feature");
        reader.end();
        return new FeatureSet(user, name, symbols, timeframes, features);
    }

    /** @return {user, name} of a delete payload. */
    public static String[] decodeDelete(final DirectBuffer buffer, final int length)
    {
        final PayloadReader reader = new PayloadReader(buffer, length, "feature-set payload", VERSION);
        final String[] key = {reader.string("user"), reader.string("name")};
        reader.end();
        return key;
    }
}
