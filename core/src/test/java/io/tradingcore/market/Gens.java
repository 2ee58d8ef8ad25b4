package io.tradingcore.market;

import org.quicktheories.core.Gen;

import static org.quicktheories.generators.SourceDSL.integers;

/** Generators the property tests share. */
final class Gens
{
    private Gens()
    {
    }

    /** Strings of 0 to {@code maxLength} characters drawn from {@code chars}. */
    static Gen<String> strings(final Gen<Character> chars, final int maxLength)
    {
        final Gen<Integer> lengths = integers().between(0, maxLength);
        return in ->
        {
            final int length = lengths.generate(in);
            final StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++)
            {
                text.append(chars.generate(in).charValue());
            }
            return text.toString();
        };
    }
}
