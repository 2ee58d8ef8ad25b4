package io.tradingcore.feature;

import java.util.List;

/**
 * Compiles calls for {@link ExprCompiler}: the built-in functions and the catalog features, whose numeric
 * parameters it checks against their {@link FeatureSpec.Param} (literal, whole when integer, within range,
 * defaults for the omitted trailing ones). Compile time only.
 */
final class CallCompiler
{
    private final ExprCompiler compiler;
    private final Node.Bar bar;

    CallCompiler(final ExprCompiler compiler, final Node.Bar bar)
    {
        this.compiler = compiler;
        this.bar = bar;
    }

    /** @return how a feature is called, e.g. {@code sma(input, period)}, {@code atr(period)}, {@code obv}. */
    static String signature(final FeatureSpec spec)
    {
        final StringBuilder text = new StringBuilder(spec.name());
        if (spec.input() == FeatureSpec.Input.BAR && spec.params().isEmpty())
        {
            return text.toString();
        }
        text.append('(');
        String separator = "";
        if (spec.input() == FeatureSpec.Input.REAL)
        {
            text.append("input");
            separator = ", ";
        }
        for (final FeatureSpec.Param param : spec.params())
        {
            text.append(separator).append(param.name());
            separator = ", ";
        }
        return text.append(')').toString();
    }

    /** Compiles {@code abs(x)}, {@code log(x)}, {@code exp(x)}, {@code sqrt(x)}, {@code min(a,b,...)}, ... */
    ExprCompiler.Term function(final Op op, final Expr.Call call)
    {
        final List<Expr> args = call.args();
        if (op.isVariadic() ? args.size() < 2 : args.size() != 1)
        {
            final int at = args.size() > 1 && !op.isVariadic() ? call.argStarts().get(1) : call.closePos();
            throw compiler.error(at, op.text + (op.isVariadic() ? " takes 2 or more arguments" : " takes 1 argument"),
                "; write " + op.usage());
        }
        final Node[] operands = new Node[args.size()];
        final StringBuilder canonical = new StringBuilder(op.text).append('(');
        for (int i = 0; i < operands.length; i++)
        {
            final ExprCompiler.Term arg = compiler.value(args.get(i));
            operands[i] = arg.node();
            canonical.append(i == 0 ? "" : ",").append(arg.canonical());
        }
        final String text = canonical.append(')').toString();
        final Node node = compiler.intern(text, () -> op.isVariadic() ? new Node.Extremum(op, operands)
            : new Node.Unary(op, operands[0]));
        return new ExprCompiler.Term(node, text, Op.PREC_PRIMARY, null);
    }

    /** Compiles a call of a catalog feature; an unselected multi-output call keeps its spec in the term. */
    ExprCompiler.Term catalogCall(final FeatureSpec spec, final Expr.Call call)
    {
        final boolean real = spec.input() == FeatureSpec.Input.REAL;
        final List<Expr> args = call.args();
        if (real && args.isEmpty())
        {
            throw compiler.error(call.closePos(), spec.name() + " needs an input series as its first argument",
                "; write " + signature(spec));
        }
        final ExprCompiler.Term input = real ? compiler.value(args.get(0)) : null;
        final double[] params = params(spec, call, real ? 1 : 0);
        final StringBuilder canonical = new StringBuilder(spec.name());
        if (real || params.length > 0)
        {
            canonical.append('(');
            String separator = "";
            if (real)
            {
                canonical.append(input.canonical());
                separator = ",";
            }
            for (final double param : params)
            {
                canonical.append(separator).append(ExprText.format(param));
                separator = ",";
            }
            canonical.append(')');
        }
        final String text = canonical.toString();
        final Node node = compiler.intern(text, () -> indicatorNode(spec, params, input));
        return new ExprCompiler.Term(node, text, Op.PREC_PRIMARY, spec.isMultiOutput() ? spec : null);
    }

    private IndicatorNode indicatorNode(final FeatureSpec spec, final double[] params, final ExprCompiler.Term input)
    {
        final Indicator indicator = spec.create(params);
        if (input != null && indicator instanceof RealIndicator realIndicator)
        {
            return new IndicatorNode.Real(realIndicator, input.node());
        }
        if (input == null && indicator instanceof BarIndicator barIndicator)
        {
            return new IndicatorNode.Bars(barIndicator, bar);
        }
        throw new IllegalStateException("catalog feature " + spec.name() + " is " + spec.input() + " but builds a "
            + indicator.getClass().getName());
    }

    private double[] params(final FeatureSpec spec, final Expr.Call call, final int first)
    {
        final List<FeatureSpec.Param> declared = spec.params();
        final double[] values = spec.defaults();
        final List<Expr> args = call.args();
        if (args.size() > first + declared.size())
        {
            final int max = first + declared.size();
            throw compiler.error(call.argStarts().get(max), spec.name() + " takes "
                + (max == 0 ? "no arguments" : "at most " + max + (max == 1 ? " argument" : " arguments")),
                "; write " + signature(spec));
        }
        for (int i = first; i < args.size(); i++)
        {
            final FeatureSpec.Param param = declared.get(i - first);
            final int at = call.argStarts().get(i);
            final double value = literal(args.get(i));
            if (Double.isNaN(value))
            {
                throw compiler.error(at, spec.name() + ": " + param.name() + " must be a number literal", "");
            }
            if (param.integer() && value != Math.rint(value) || value < param.min() || value > param.max())
            {
                throw compiler.error(at, spec.name() + ": " + param.name() + " must be a "
                    + (param.integer() ? "whole number" : "number") + " in [" + ExprText.format(param.min()) + ", "
                    + ExprText.format(param.max()) + "], was " + ExprText.format(value), "");
            }
            values[i - first] = value;
        }
        return values;
    }

    /** @return the value of a literal or negated literal, or NaN if {@code arg} is anything else. */
    private static double literal(final Expr arg)
    {
        if (arg instanceof Expr.Literal literal)
        {
            return literal.value();
        }
        if (arg instanceof Expr.Unary unary && unary.op() == Op.NEG && unary.operand() instanceof Expr.Literal literal)
        {
            return -literal.value();
        }
        return Double.NaN;
    }
}
