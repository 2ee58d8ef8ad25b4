package io.tradingcore.pattern;

import io.tradingcore.event.CommandResult;
import io.tradingcore.event.Event;
import io.tradingcore.feature.FeatureCatalog;
import io.tradingcore.feature.FeatureSet;
import io.tradingcore.feature.FeatureSetCodec;
import io.tradingcore.feature.LiveFeatureSet;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The live rule patterns of every user inside the pattern stage, each a one-expression {@link LiveFeatureSet} with a
 * stable id (the pattern id of its matches). Logic thread only.
 */
final class RuleBook
{
    private final FeatureCatalog catalog;
    private LiveFeatureSet[] rules = new LiveFeatureSet[0];
    private int nextRuleId = 1;

    RuleBook(final FeatureCatalog catalog)
    {
        this.catalog = catalog;
    }

    /** @return the live rules, in creation order; the array is replaced, never changed, by commands. */
    LiveFeatureSet[] live()
    {
        return rules;
    }

    /** @return a {@link CommandResult}; throws IllegalArgumentException when the rule does not compile. */
    int put(final RulePattern rule)
    {
        rule.compile(catalog);
        final FeatureSet definition = rule.asFeatureSet();
        final int existing = indexOf(rule.user(), rule.name());
        if (existing >= 0 && rules[existing].definition.equals(definition))
        {
            return CommandResult.OK;
        }
        if (existing >= 0)
        {
            final LiveFeatureSet[] replaced = rules.clone();
            replaced[existing] = new LiveFeatureSet(rules[existing].id, definition, catalog);
            rules = replaced;
            return CommandResult.OK;
        }
        if (rules.length >= PatternStage.MAX_RULES || countOf(rule.user()) >= PatternStage.MAX_RULES_PER_USER)
        {
            return CommandResult.INVALID;
        }
        rules = Arrays.copyOf(rules, rules.length + 1);
        rules[rules.length - 1] = new LiveFeatureSet(nextRuleId++, definition, catalog);
        return CommandResult.OK;
    }

    int delete(final String user, final String name)
    {
        final int index = indexOf(user, name);
        if (index < 0)
        {
            return CommandResult.NOT_FOUND;
        }
        final LiveFeatureSet[] remaining = new LiveFeatureSet[rules.length - 1];
        System.arraycopy(rules, 0, remaining, 0, index);
        System.arraycopy(rules, index + 1, remaining, index, rules.length - index - 1);
        rules = remaining;
        return CommandResult.OK;
    }

    private int indexOf(final String user, final String name)
    {
        for (int i = 0; i < rules.length; i++)
        {
            if (rules[i].definition.user().equals(user) && rules[i].definition.name().equals(name))
            {
                return i;
            }
        }
        return -1;
    }

    private int countOf(final String user)
    {
        int count = 0;
        for (final LiveFeatureSet rule : rules)
        {
            count += rule.definition.user().equals(user) ? 1 : 0;
        }
        return count;
    }

    List<PatternStage.Entry> entries()
    {
        final List<PatternStage.Entry> entries = new ArrayList<>(rules.length);
        for (final LiveFeatureSet rule : rules)
        {
            final FeatureSet set = rule.definition;
            entries.add(new PatternStage.Entry(rule.id, new RulePattern(set.user(), set.name(), set.features().get(0),
                set.symbols(), set.timeframes())));
        }
        return Collections.unmodifiableList(entries);
    }

    void writeState(final DataOutput out) throws IOException
    {
        out.writeInt(nextRuleId);
        out.writeInt(rules.length);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[Event.MAX_PAYLOAD]);
        for (final LiveFeatureSet rule : rules)
        {
            out.writeInt(rule.id);
            final int length = FeatureSetCodec.encodePut(rule.definition, buffer);
            out.writeShort(length);
            out.write(buffer.byteArray(), 0, length);
            rule.writeState(out);
        }
    }

    void readState(final DataInput in) throws IOException
    {
        nextRuleId = in.readInt();
        final LiveFeatureSet[] read = new LiveFeatureSet[in.readInt()];
        final byte[] payload = new byte[Event.MAX_PAYLOAD];
        for (int i = 0; i < read.length; i++)
        {
            final int id = in.readInt();
            final int length = in.readUnsignedShort();
            in.readFully(payload, 0, length);
            final RulePattern rule = RulePattern.decodePut(new UnsafeBuffer(payload), length);
            read[i] = new LiveFeatureSet(id, rule.asFeatureSet(), catalog);
            read[i].readState(in);
        }
        rules = read;
    }
}
