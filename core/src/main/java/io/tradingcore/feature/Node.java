package io.tradingcore.feature;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * One step of a compiled feature program: it reads the values its inputs computed earlier in the same bar and
 * sets {@link #value} (NaN = undefined). A program updates its nodes in topological order once per bar; no node
 * allocates in {@link #update}. The nested classes are the nodes without indicator state; {@link IndicatorNode}
 * has the catalog calls.
 */
abstract class Node
{
    /** This bar's value; NaN while undefined. */
    double value = Double.NaN;

    /** Computes this bar's {@link #value} from the inputs' values of this bar (and own state). */
    abstract void update();

    final void writeState(final DataOutput out) throws IOException
    {
        out.writeDouble(value);
        writeFields(out);
    }

    final void readState(final DataInput in) throws IOException
    {
        value = in.readDouble();
        readFields(in);
    }

    /** Writes the node's own mutable state beyond {@link #value}; none by default. */
    void writeFields(final DataOutput out) throws IOException
    {
    }

    /** Reads what {@link #writeFields} wrote. */
    void readFields(final DataInput in) throws IOException
    {
    }

    /** The bar being applied, written by the program before it updates the nodes. */
    static final class Bar
    {
        /** The field names, in the order of {@link #fields}. */
        static final List<String> FIELDS = List.of("open", "high", "low", "close", "volume", "spread");
        static final int OPEN = 0;
        static final int HIGH = 1;
        static final int LOW = 2;
        static final int CLOSE = 3;
        static final int VOLUME = 4;
        static final int SPREAD = 5;

        long openTimeNanos;
        /** open, high, low, close, volume, spread; NaN where unknown or not finite. */
        final double[] fields = new double[FIELDS.size()];

        /** @return true if open, high, low, close and volume are all defined, so bar indicators may read it. */
        boolean isComplete()
        {
            for (int i = OPEN; i <= VOLUME; i++)
            {
                if (Double.isNaN(fields[i]))
                {
                    return false;
                }
            }
            return true;
        }
    }

    /** A numeric literal. */
    static final class Constant extends Node
    {
        Constant(final double value)
        {
            this.value = value;
        }

        @Override
        void update()
        {
        }
    }

    /** A bar field: {@code close}, {@code spread}, ... */
    static final class Field extends Node
    {
        private final Bar bar;
        private final int index;

        Field(final Bar bar, final int index)
        {
            this.bar = bar;
            this.index = index;
        }

        @Override
        void update()
        {
            value = bar.fields[index];
        }
    }

    /** Unary minus, {@code not}, or a one-argument function. */
    static final class Unary extends Node
    {
        private final Op op;
        private final Node operand;

        Unary(final Op op, final Node operand)
        {
            this.op = op;
            this.operand = operand;
        }

        @Override
        void update()
        {
            value = op.apply(operand.value);
        }
    }

    /** Arithmetic, comparison or logic on two operands. */
    static final class Binary extends Node
    {
        private final Op op;
        private final Node left;
        private final Node right;

        Binary(final Op op, final Node left, final Node right)
        {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        void update()
        {
            value = op.apply(left.value, right.value);
        }
    }

    /** {@code min} or {@code max} of two or more operands; NaN if any operand is NaN. */
    static final class Extremum extends Node
    {
        private final Op op;
        private final Node[] operands;

        Extremum(final Op op, final Node[] operands)
        {
            this.op = op;
            this.operands = operands.clone();
        }

        @Override
        void update()
        {
            double result = operands[0].value;
            for (int i = 1; i < operands.length; i++)
            {
                result = op.apply(result, operands[i].value);
            }
            value = result;
        }
    }

    /** {@code operand[lag]}: the operand's value {@code lag} bars ago, NaN until that bar exists. */
    static final class Lag extends Node
    {
        private final Node operand;
        private final int lag;
        private final DoubleWindow window;

        Lag(final Node operand, final int lag)
        {
            this.operand = operand;
            this.lag = lag;
            this.window = new DoubleWindow(lag + 1);
        }

        @Override
        void update()
        {
            window.push(operand.value);
            value = window.isFull() ? window.get(lag) : Double.NaN;
        }

        @Override
        void writeFields(final DataOutput out) throws IOException
        {
            window.writeState(out);
        }

        @Override
        void readFields(final DataInput in) throws IOException
        {
            window.readState(in);
        }
    }
}
