package io.tradingcore.feature;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns parsed expressions into program nodes: resolves names against the bar fields, the built-in functions
 * and the {@link FeatureCatalog}, checks parameters and output selectors, and gives every sub-expression its
 * canonical form. Sub-expressions with the same canonical form, across all features compiled by one instance,
 * become one shared node. Nodes are listed in creation order, which is topological (operands first).
 * Compile time only.
 */
final class ExprCompiler
{
    /**
     * A compiled sub-expression.
     *
     * @param node       the node computing it.
     * @param canonical  its canonical text.
     * @param precedence how tightly the canonical text binds ({@link Op#PREC_OR} .. {@link Op#PREC_PRIMARY}).
     * @param multi      the spec when this is a call of a multi-output feature without a selector, else null.
     */
    record Term(Node node, String canonical, int precedence, FeatureSpec multi)
    {
    }

    private final FeatureCatalog catalog;
    private final Node.Bar bar;
    private final Map<String, Node> byCanonical = new HashMap<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<String> canonicals = new ArrayList<>();
    private final CallCompiler calls;
    private String source;
    private int featureIndex;

    ExprCompiler(final FeatureCatalog catalog, final Node.Bar bar)
    {
        this.catalog = catalog;
        this.bar = bar;
        this.calls = new CallCompiler(this, bar);
    }

    /**
     * Compiles one feature. The result may be an unselected multi-output call ({@link Term#multi}), which
     * {@link #select} expands into its outputs.
     *
     * @param source       the text the expression's positions point into, for errors.
     * @param featureIndex which feature of the program, for errors.
     */
    Term compileFeature(final Expr expr, final String source, final int featureIndex)
    {
        this.source = source;
        this.featureIndex = featureIndex;
        return compile(expr);
    }

    /** @return output {@code index} of an unselected multi-output call. */
    Term select(final Term call, final int index)
    {
        final String canonical = call.canonical() + "." + call.multi().outputs().get(index);
        return new Term(intern(canonical, () -> new IndicatorNode.Output((IndicatorNode)call.node(), index)),
            canonical, Op.PREC_POSTFIX, null);
    }

    /** @return every node in topological order. */
    List<Node> nodes()
    {
        return nodes;
    }

    /** @return the canonical form of every node, in the order of {@link #nodes()}. */
    List<String> canonicals()
    {
        return canonicals;
    }

    Term compile(final Expr expr)
    {
        if (expr instanceof Expr.Literal literal)
        {
            return new Term(constant(literal.value()), ExprText.format(literal.value()), Op.PREC_PRIMARY, null);
        }
        if (expr instanceof Expr.Name name)
        {
            return name(name);
        }
        if (expr instanceof Expr.Call call)
        {
            return call(call);
        }
        if (expr instanceof Expr.Unary unary)
        {
            return unary(unary);
        }
        if (expr instanceof Expr.Binary binary)
        {
            return binary(binary);
        }
        if (expr instanceof Expr.Lag lag)
        {
            return lag(lag);
        }
        return select((Expr.Select)expr);
    }

    /** Compiles an expression used as a value, which an unselected multi-output call cannot be. */
    Term value(final Expr expr)
    {
        final Term term = compile(expr);
        if (term.multi() != null)
        {
            final List<String> outputs = term.multi().outputs();
            throw error(expr.pos(), term.multi().name() + " has " + outputs.size() + " outputs",
                "; select one of " + String.join(", ", outputs) + ", e.g. " + term.canonical() + "." + outputs.get(0));
        }
        return term;
    }

    private Node constant(final double value)
    {
        return intern(ExprText.format(value), () -> new Node.Constant(value));
    }

    private Term name(final Expr.Name name)
    {
        final String key = name.name().toLowerCase(Locale.ROOT);
        final int field = Node.Bar.FIELDS.indexOf(key);
        if (field >= 0)
        {
            return new Term(intern(key, () -> new Node.Field(bar, field)), key, Op.PREC_PRIMARY, null);
        }
        final FeatureSpec spec = catalog.find(key);
        if (spec != null && spec.input() == FeatureSpec.Input.REAL)
        {
            throw error(name.pos(), spec.name() + " needs an input series", "; write " + CallCompiler.signature(spec));
        }
        if (spec != null)
        {
            return calls.catalogCall(spec, new Expr.Call(name.name(), name.pos(), List.of(), List.of(),
                name.pos() + name.name().length()));
        }
        if (Op.function(key) != null)
        {
            throw error(name.pos(), key + " is a function", "; write " + Op.function(key).usage());
        }
        final List<String> candidates = new ArrayList<>(Node.Bar.FIELDS);
        for (final FeatureSpec candidate : catalog.specs())
        {
            candidates.add(candidate.name());
        }
        throw error(name.pos(), "unknown field or feature '" + name.name() + "'", suggestion(name.name(), candidates));
    }

    private Term call(final Expr.Call call)
    {
        final String key = call.name().toLowerCase(Locale.ROOT);
        final Op function = Op.function(key);
        if (function != null)
        {
            return calls.function(function, call);
        }
        final FeatureSpec spec = catalog.find(key);
        if (spec != null)
        {
            return calls.catalogCall(spec, call);
        }
        if (Node.Bar.FIELDS.contains(key))
        {
            throw error(call.pos(), "'" + call.name() + "' is a bar field, not a function", "; write " + key);
        }
        final List<String> candidates = new ArrayList<>();
        for (final FeatureSpec candidate : catalog.specs())
        {
            candidates.add(candidate.name());
        }
        candidates.addAll(Op.FUNCTIONS);
        throw error(call.pos(), "unknown feature '" + call.name() + "'", suggestion(call.name(), candidates));
    }

    private Term unary(final Expr.Unary unary)
    {
        final Op op = unary.op();
        final Term operand = value(unary.operand());
        final String prefix = op == Op.NOT ? "not " : op.text;
        final String canonical = prefix + wrap(operand, operand.precedence() < op.precedence);
        return new Term(intern(canonical, () -> new Node.Unary(op, operand.node())), canonical, op.precedence, null);
    }

    private Term binary(final Expr.Binary binary)
    {
        final Op op = binary.op();
        final Term left = value(binary.left());
        final Term right = value(binary.right());
        final boolean compare = op.precedence == Op.PREC_COMPARE;
        final String symbol = op == Op.AND || op == Op.OR ? " " + op.text + " " : op.text;
        final String canonical = wrap(left, compare ? left.precedence() <= op.precedence
            : left.precedence() < op.precedence) + symbol + wrap(right, right.precedence() <= op.precedence);
        return new Term(intern(canonical, () -> new Node.Binary(op, left.node(), right.node())), canonical,
            op.precedence, null);
    }

    private Term lag(final Expr.Lag lag)
    {
        final Term operand = value(lag.operand());
        final String canonical = wrap(operand, operand.precedence() < Op.PREC_POSTFIX) + "[" + lag.lag() + "]";
        return new Term(intern(canonical, () -> new Node.Lag(operand.node(), lag.lag())), canonical, Op.PREC_POSTFIX,
            null);
    }

    private Term select(final Expr.Select select)
    {
        final Term call = compile(select.operand());
        if (call.multi() == null)
        {
            throw error(select.pos(),
                "output selector '." + select.output() + "' needs a call of a multi-output feature",
                call.node() instanceof IndicatorNode ? "; " + call.canonical() + " has a single output" : "");
        }
        final List<String> outputs = call.multi().outputs();
        for (int i = 0; i < outputs.size(); i++)
        {
            if (outputs.get(i).equalsIgnoreCase(select.output()))
            {
                return select(call, i);
            }
        }
        throw error(select.namePos(), call.multi().name() + " has no output '" + select.output() + "'",
            "; its outputs are " + String.join(", ", outputs));
    }

    /** @return the node with this canonical form, made by {@code factory} and listed if it is new. */
    Node intern(final String canonical, final Supplier<Node> factory)
    {
        Node node = byCanonical.get(canonical);
        if (node == null)
        {
            node = factory.get();
            byCanonical.put(canonical, node);
            nodes.add(node);
            canonicals.add(canonical);
        }
        return node;
    }

    private static String wrap(final Term term, final boolean parenthesise)
    {
        return parenthesise ? "(" + term.canonical() + ")" : term.canonical();
    }

    private static String suggestion(final String typed, final List<String> candidates)
    {
        final String nearest = ExprText.nearest(typed, candidates);
        return nearest == null ? "" : "; did you mean '" + nearest + "'?";
    }

    /** @return an error at {@code pos} of the feature being compiled: {@code detail at position N suffix}. */
    FeatureException error(final int pos, final String detail, final String suffix)
    {
        return new FeatureException(detail + " at position " + pos + suffix, source, pos, featureIndex);
    }
}
