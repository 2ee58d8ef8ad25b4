package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of feature expressions (docs/features.md, "Expressions") compiled once into a flat, topologically
 * ordered array of incremental nodes. Each {@link #update} applies one closed bar to every node in order and
 * then {@link #value(int)} reads one column per feature (NaN = undefined, e.g. warming up). Sub-expressions with
 * the same canonical form, across all features, are one shared node: {@code sma(close,20)} used by three
 * features is updated once per bar.
 *
 * <p>The arithmetic is the expression's own, in IEEE-754 doubles: {@code + - * /}, {@link Math#log},
 * {@link Math#exp}, {@link Math#sqrt}, {@link Math#abs}, {@link Math#min}, {@link Math#max}, with any non-finite
 * result read as NaN; catalog calls are computed by their {@link Indicator}s.
 *
 * <p>{@link #update} allocates nothing. {@link #writeState}/{@link #readState} carry every node's state, so a
 * program compiled from the same feature list continues bit for bit after a restore. Not thread-safe.
 */
public final class FeatureProgram
{
    private static final int SNAPSHOT_VERSION = 1;

    private final Node.Bar bar;
    private final Node[] nodes;
    private final Node[] columnNodes;
    private final List<String> columns;
    private final List<String> canonicalColumns;
    private final long fingerprint;

    private FeatureProgram(final Node.Bar bar, final ExprCompiler compiler, final List<Node> columnNodes,
        final List<String> columns, final List<String> canonicalColumns)
    {
        this.bar = bar;
        this.nodes = compiler.nodes().toArray(new Node[0]);
        this.columnNodes = columnNodes.toArray(new Node[0]);
        this.columns = List.copyOf(columns);
        this.canonicalColumns = List.copyOf(canonicalColumns);
        this.fingerprint = fingerprint(compiler.canonicals());
    }

    /**
     * Compiles each string as one feature expression.
     *
     * @throws FeatureException if a feature does not compile: its {@link FeatureException#featureIndex()} says
     *                          which, its position is an offset into that string.
     */
    public static FeatureProgram compile(final FeatureCatalog catalog, final List<String> features)
    {
        final List<Feature> ranges = new ArrayList<>(features.size());
        for (final String feature : features)
        {
            ranges.add(new Feature(feature, 0, feature.length()));
        }
        return build(catalog, ranges);
    }

    /**
     * Compiles a comma-separated list such as {@code sma(close,20),macd(close,12,26,9),rsi(close,14)}, split with
     * {@link #splitList}.
     *
     * @throws FeatureException if a feature does not compile; its position is an offset into the whole list.
     */
    public static FeatureProgram compile(final FeatureCatalog catalog, final String commaSeparated)
    {
        final int[] bounds = split(commaSeparated);
        final List<Feature> ranges = new ArrayList<>(bounds.length / 2);
        for (int i = 0; i < bounds.length; i += 2)
        {
            ranges.add(new Feature(commaSeparated, bounds[i], bounds[i + 1]));
        }
        return build(catalog, ranges);
    }

    /**
     * @return the features of a comma-separated list, split on the commas outside parentheses and brackets and
     *         trimmed; {@code n} commas always give {@code n + 1} features (some perhaps empty).
     */
    public static List<String> splitList(final String commaSeparated)
    {
        final int[] bounds = split(commaSeparated);
        final List<String> features = new ArrayList<>(bounds.length / 2);
        for (int i = 0; i < bounds.length; i += 2)
        {
            features.add(commaSeparated.substring(bounds[i], bounds[i + 1]).trim());
        }
        return features;
    }

    /** @return one name per column: the feature as written (trimmed), or {@code <as written>.<output>}. */
    public List<String> columns()
    {
        return columns;
    }

    /**
     * @return one canonical form per column: lower-case names, default parameters filled in, minimal numbers
     *         and parentheses, no spaces except around {@code and}/{@code or} and after {@code not}, e.g.
     *         {@code sma(close,20)} or {@code bbands(close,20,2,2).upper}.
     */
    public List<String> canonicalColumns()
    {
        return canonicalColumns;
    }

    /** @return how many columns {@link #value(int)} reads: the size of {@link #columns()}. */
    public int columnCount()
    {
        return columnNodes.length;
    }

    /** @return the value of {@code column} after the last {@link #update}; NaN when undefined. */
    public double value(final int column)
    {
        return columnNodes[column].value;
    }

    /**
     * Applies one closed bar to every node. Non-finite inputs are read as NaN (unknown).
     *
     * @param openTimeNanos bar open time, epoch nanoseconds UTC.
     * @param spread        ask minus bid for the bar, NaN when unknown.
     */
    public void update(final long openTimeNanos, final double open, final double high, final double low,
        final double close, final double volume, final double spread)
    {
        final double[] fields = bar.fields;
        bar.openTimeNanos = openTimeNanos;
        fields[Node.Bar.OPEN] = Op.finite(open);
        fields[Node.Bar.HIGH] = Op.finite(high);
        fields[Node.Bar.LOW] = Op.finite(low);
        fields[Node.Bar.CLOSE] = Op.finite(close);
        fields[Node.Bar.VOLUME] = Op.finite(volume);
        fields[Node.Bar.SPREAD] = Op.finite(spread);
        final Node[] all = nodes;
        for (int i = 0; i < all.length; i++)
        {
            all[i].update();
        }
    }

    /** Writes every node's state (values, indicator state, lag windows, per-bar flags). */
    public void writeState(final DataOutput out) throws IOException
    {
        out.writeInt(SNAPSHOT_VERSION);
        out.writeLong(fingerprint);
        out.writeInt(nodes.length);
        for (final Node node : nodes)
        {
            node.writeState(out);
        }
    }

    /**
     * Replaces every node's state with one written by {@link #writeState} of a program compiled from the same
     * features.
     *
     * @throws IOException if the snapshot is of another program or version, or cannot be read.
     */
    public void readState(final DataInput in) throws IOException
    {
        final int version = in.readInt();
        if (version != SNAPSHOT_VERSION)
        {
            throw new IOException("feature program snapshot version " + version + ", expected " + SNAPSHOT_VERSION);
        }
        final long written = in.readLong();
        final int count = in.readInt();
        if (written != fingerprint || count != nodes.length)
        {
            throw new IOException("feature program snapshot was written by a program of other features");
        }
        for (final Node node : nodes)
        {
            node.readState(in);
        }
    }

    /** @return how many nodes the program updates per bar (shared sub-expressions counted once). */
    int nodeCount()
    {
        return nodes.length;
    }

    /** @return how many indicator instances the program updates per bar. */
    int indicatorCount()
    {
        int count = 0;
        for (final Node node : nodes)
        {
            count += node instanceof IndicatorNode ? 1 : 0;
        }
        return count;
    }

    private static FeatureProgram build(final FeatureCatalog catalog, final List<Feature> features)
    {
        if (features.isEmpty())
        {
            throw new IllegalArgumentException("a feature program needs at least one feature");
        }
        final Node.Bar bar = new Node.Bar();
        final ExprCompiler compiler = new ExprCompiler(catalog, bar);
        final List<Node> columnNodes = new ArrayList<>();
        final List<String> columns = new ArrayList<>();
        final List<String> canonical = new ArrayList<>();
        for (int i = 0; i < features.size(); i++)
        {
            final Feature feature = features.get(i);
            final Expr expr = ExprParser.parse(feature.source(), feature.start(), feature.end(), i);
            final ExprCompiler.Term term = compiler.compileFeature(expr, feature.source(), i);
            final String name = feature.source().substring(feature.start(), feature.end()).trim();
            if (term.multi() == null)
            {
                columnNodes.add(term.node());
                columns.add(name);
                canonical.add(term.canonical());
                continue;
            }
            for (int k = 0; k < term.multi().outputs().size(); k++)
            {
                final ExprCompiler.Term output = compiler.select(term, k);
                columnNodes.add(output.node());
                columns.add(name + "." + term.multi().outputs().get(k));
                canonical.add(output.canonical());
            }
        }
        return new FeatureProgram(bar, compiler, columnNodes, columns, canonical);
    }

    /** @return start and end offsets of each top-level comma-separated part, as pairs. */
    private static int[] split(final String list)
    {
        final List<Integer> bounds = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++)
        {
            final char c = list.charAt(i);
            if (c == '(' || c == '[')
            {
                depth++;
            }
            else if (c == ')' || c == ']')
            {
                depth = Math.max(0, depth - 1);
            }
            else if (c == ',' && depth == 0)
            {
                bounds.add(start);
                bounds.add(i);
                start = i + 1;
            }
        }
        bounds.add(start);
        bounds.add(list.length());
        return bounds.stream().mapToInt(Integer::intValue).toArray();
    }

    /** FNV-1a over the canonical forms of the nodes in order: tells a snapshot of another program apart. */
    private static long fingerprint(final List<String> canonicals)
    {
        long hash = 0xcbf29ce484222325L;
        for (final String canonical : canonicals)
        {
            for (int i = 0; i < canonical.length(); i++)
            {
                hash = (hash ^ canonical.charAt(i)) * 0x100000001b3L;
            }
            hash = (hash ^ '\n') * 0x100000001b3L;
        }
        return hash;
    }

    /** One feature: {@code source[start, end)}. */
    private record Feature(String source, int start, int end)
    {
    }
}
