package io.tradingcore.bench;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import io.tradingcore.pattern.candle.Candlestick;
import io.tradingcore.pattern.candle.Candlesticks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * TA-Lib's 61 batch candlestick functions ({@code com.tictactec:ta-lib} 0.4.0, the Java port, the parity oracle of
 * core's candlestick tests) by TA-Lib name, for {@link CandlestickThroughputBenchmark} and
 * {@link PatternValidationBenchmark}: each call computes one function over bars {@code 0..last} of the given
 * arrays, with TA-Lib's default candle settings and, for the seven functions that take one, the
 * {@code penetration} of the candlestick's spec defaults (the same value as TA-Lib's default). Bound by method
 * reference, not reflection, so a call costs what a direct call to {@link Core} costs. The Java port spells three
 * names differently from TA-Lib ({@code cdlHignWave}, {@code cdlSeperatingLines}, {@code cdlStickSandwhich}).
 *
 * <p>{@link #all()} fails if the mapping and {@link Candlesticks#all()} differ, so neither side can drop a
 * function silently. Immutable; any thread, each with its own {@link Core} and output arrays.
 */
final class TaLibCandlesticks
{
    /** A TA-Lib candlestick function without parameters, as {@link Core} declares it. */
    @FunctionalInterface
    private interface Plain
    {
        RetCode run(Core core, int start, int end, double[] open, double[] high, double[] low, double[] close,
            MInteger begin, MInteger length, int[] out);
    }

    /** A TA-Lib candlestick function with {@code optInPenetration}, as {@link Core} declares it. */
    @FunctionalInterface
    private interface Penetrating
    {
        RetCode run(Core core, int start, int end, double[] open, double[] high, double[] low, double[] close,
            double penetration, MInteger begin, MInteger length, int[] out);
    }

    private static final Map<String, Plain> PLAIN = plain();
    private static final Map<String, Penetrating> PENETRATING = penetrating();

    /** One candlestick bound to its TA-Lib function and default penetration (NaN for functions without). */
    static final class Call
    {
        final String name;
        private final Plain plain;
        private final Penetrating penetrating;
        private final double penetration;

        private Call(final String name, final Plain plain, final Penetrating penetrating, final double penetration)
        {
            this.name = name;
            this.plain = plain;
            this.penetrating = penetrating;
            this.penetration = penetration;
        }

        /**
         * Runs the function over bars {@code 0..last}; TA-Lib writes {@code length.value} outputs to {@code out},
         * the first for bar {@code begin.value}.
         *
         * @throws IllegalStateException if TA-Lib does not return {@link RetCode#Success}.
         */
        void run(final Core core, final int last, final double[] open, final double[] high, final double[] low,
            final double[] close, final MInteger begin, final MInteger length, final int[] out)
        {
            final RetCode code = plain != null
                ? plain.run(core, 0, last, open, high, low, close, begin, length, out)
                : penetrating.run(core, 0, last, open, high, low, close, penetration, begin, length, out);
            if (code != RetCode.Success)
            {
                throw new IllegalStateException("TA-Lib " + name + " returned " + code);
            }
        }
    }

    private TaLibCandlesticks()
    {
    }

    /**
     * @return every candlestick of {@link Candlesticks#all()}, in its order, bound to its TA-Lib function.
     * @throws IllegalStateException if a candlestick has no TA-Lib function here or the reverse, or if a
     *                               function's penetration parameter and the candlestick's spec disagree.
     */
    static List<Call> all()
    {
        final List<Call> calls = new ArrayList<>();
        final TreeSet<String> unmatched = new TreeSet<>(PLAIN.keySet());
        unmatched.addAll(PENETRATING.keySet());
        for (final Candlestick candlestick : Candlesticks.all())
        {
            final String name = candlestick.name();
            final int params = candlestick.spec().params().size();
            if (PLAIN.containsKey(name) && params == 0)
            {
                calls.add(new Call(name, PLAIN.get(name), null, Double.NaN));
            }
            else if (PENETRATING.containsKey(name) && params == 1)
            {
                calls.add(new Call(name, null, PENETRATING.get(name), candlestick.spec().defaults()[0]));
            }
            else
            {
                throw new IllegalStateException("candlestick " + name + " (" + params + " parameters) has no " +
                    "matching TA-Lib function in TaLibCandlesticks");
            }
            unmatched.remove(name);
        }
        if (!unmatched.isEmpty())
        {
            throw new IllegalStateException("TA-Lib functions missing from Candlesticks.all(): " + unmatched);
        }
        return calls;
    }

    private static Map<String, Penetrating> penetrating()
    {
        final Map<String, Penetrating> map = new HashMap<>();
        map.put("CDLABANDONEDBABY", Core::cdlAbandonedBaby);
        map.put("CDLDARKCLOUDCOVER", Core::cdlDarkCloudCover);
        map.put("CDLEVENINGDOJISTAR", Core::cdlEveningDojiStar);
        map.put("CDLEVENINGSTAR", Core::cdlEveningStar);
        map.put("CDLMATHOLD", Core::cdlMatHold);
        map.put("CDLMORNINGDOJISTAR", Core::cdlMorningDojiStar);
        map.put("CDLMORNINGSTAR", Core::cdlMorningStar);
        return Map.copyOf(map);
    }

    private static Map<String, Plain> plain()
    {
        final Map<String, Plain> map = new HashMap<>();
        map.put("CDL2CROWS", Core::cdl2Crows);
        map.put("CDL3BLACKCROWS", Core::cdl3BlackCrows);
        map.put("CDL3INSIDE", Core::cdl3Inside);
        map.put("CDL3LINESTRIKE", Core::cdl3LineStrike);
        map.put("CDL3OUTSIDE", Core::cdl3Outside);
        map.put("CDL3STARSINSOUTH", Core::cdl3StarsInSouth);
        map.put("CDL3WHITESOLDIERS", Core::cdl3WhiteSoldiers);
        map.put("CDLADVANCEBLOCK", Core::cdlAdvanceBlock);
        map.put("CDLBELTHOLD", Core::cdlBeltHold);
        map.put("CDLBREAKAWAY", Core::cdlBreakaway);
        map.put("CDLCLOSINGMARUBOZU", Core::cdlClosingMarubozu);
        map.put("CDLCONCEALBABYSWALL", Core::cdlConcealBabysWall);
        map.put("CDLCOUNTERATTACK", Core::cdlCounterAttack);
        map.put("CDLDOJI", Core::cdlDoji);
        map.put("CDLDOJISTAR", Core::cdlDojiStar);
        map.put("CDLDRAGONFLYDOJI", Core::cdlDragonflyDoji);
        map.put("CDLENGULFING", Core::cdlEngulfing);
        map.put("CDLGAPSIDESIDEWHITE", Core::cdlGapSideSideWhite);
        map.put("CDLGRAVESTONEDOJI", Core::cdlGravestoneDoji);
        map.put("CDLHAMMER", Core::cdlHammer);
        map.put("CDLHANGINGMAN", Core::cdlHangingMan);
        map.put("CDLHARAMI", Core::cdlHarami);
        map.put("CDLHARAMICROSS", Core::cdlHaramiCross);
        map.put("CDLHIGHWAVE", Core::cdlHignWave);
        map.put("CDLHIKKAKE", Core::cdlHikkake);
        map.put("CDLHIKKAKEMOD", Core::cdlHikkakeMod);
        map.put("CDLHOMINGPIGEON", Core::cdlHomingPigeon);
        map.put("CDLIDENTICAL3CROWS", Core::cdlIdentical3Crows);
        map.put("CDLINNECK", Core::cdlInNeck);
        map.put("CDLINVERTEDHAMMER", Core::cdlInvertedHammer);
        map.put("CDLKICKING", Core::cdlKicking);
        map.put("CDLKICKINGBYLENGTH", Core::cdlKickingByLength);
        map.put("CDLLADDERBOTTOM", Core::cdlLadderBottom);
        map.put("CDLLONGLEGGEDDOJI", Core::cdlLongLeggedDoji);
        map.put("CDLLONGLINE", Core::cdlLongLine);
        map.put("CDLMARUBOZU", Core::cdlMarubozu);
        map.put("CDLMATCHINGLOW", Core::cdlMatchingLow);
        map.put("CDLONNECK", Core::cdlOnNeck);
        map.put("CDLPIERCING", Core::cdlPiercing);
        map.put("CDLRICKSHAWMAN", Core::cdlRickshawMan);
        map.put("CDLRISEFALL3METHODS", Core::cdlRiseFall3Methods);
        map.put("CDLSEPARATINGLINES", Core::cdlSeperatingLines);
        map.put("CDLSHOOTINGSTAR", Core::cdlShootingStar);
        map.put("CDLSHORTLINE", Core::cdlShortLine);
        map.put("CDLSPINNINGTOP", Core::cdlSpinningTop);
        map.put("CDLSTALLEDPATTERN", Core::cdlStalledPattern);
        map.put("CDLSTICKSANDWICH", Core::cdlStickSandwhich);
        map.put("CDLTAKURI", Core::cdlTakuri);
        map.put("CDLTASUKIGAP", Core::cdlTasukiGap);
        map.put("CDLTHRUSTING", Core::cdlThrusting);
        map.put("CDLTRISTAR", Core::cdlTristar);
        map.put("CDLUNIQUE3RIVER", Core::cdlUnique3River);
        map.put("CDLUPSIDEGAP2CROWS", Core::cdlUpsideGap2Crows);
        map.put("CDLXSIDEGAP3METHODS", Core::cdlXSideGap3Methods);
        return Map.copyOf(map);
    }
}
