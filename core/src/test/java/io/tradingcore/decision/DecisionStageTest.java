package io.tradingcore.decision;

import io.tradingcore.event.DecisionRecord;
import io.tradingcore.event.Event;
import io.tradingcore.event.EventType;
import io.tradingcore.feature.Atr;
import io.tradingcore.feature.FeatureCatalog;
import io.tradingcore.feature.Series;
import io.tradingcore.market.Timeframe;
import io.tradingcore.order.Instrument;
import io.tradingcore.order.Instruments;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The decision stage driven directly with hand-built events, as the pipeline delivers them after the agent stage:
 * SYMBOL first, then events carrying the bars they closed and the consensus records of those bars.
 */
class DecisionStageTest
{
    private static final long MINUTE = 60_000_000_000L;
    /** 2024-01-02 10:00 UTC. */
    private static final long T0 = 1_704_189_600_000_000_000L;
    private static final int BTC = 0;
    private static final int ETH = 1;
    private static final byte M1 = Timeframe.M1.code();
    private static final byte M5 = Timeframe.M5.code();
    /** BTCUSD: 2 units per lot, 0.01 to 100 lots in steps of 0.01; others one unit per lot. */
    private static final Instruments INSTRUMENTS =
        new Instruments(Map.of("BTCUSD", new Instrument(2, 0.01, 0.01, 100)), Instrument.DEFAULT);
    /**
     * Five M1 bars (open, high, low, close); true ranges from the second: 3, 3, 4, 3. ATR(3) at the fourth bar is
     * (3 + 3 + 4) / 3 = 10 / 3, at the fifth (10 / 3 x 2 + 3) / 3 = 29 / 9 = 3.2222.
     */
    private static final double[][] BARS = {
        {100, 102, 99, 101}, {101, 103, 100, 102}, {102, 104, 101, 103}, {103, 106, 102, 105}, {105, 107, 104, 106}};
    private static final double ATR_AT_FIFTH = (10.0 / 3 * 2 + 3) / 3;

    /** Acts on |score| >= 0.2, confidence >= 0.3, agreement >= 0.5; stop loss 2 ATRs, take profit 3 ATRs. */
    private static DecisionConfig config(final Sizing sizing, final int atrPeriod)
    {
        return new DecisionConfig(0.2, 0.3, 0.5, sizing, 2, 3, atrPeriod);
    }

    private static DecisionStage stage(final DecisionConfig config, final List<String> symbols,
        final List<Timeframe> timeframes)
    {
        return new DecisionStage(config, INSTRUMENTS, 10_000, 0, symbols, timeframes, FeatureCatalog.standard());
    }

    @Test
    void consensusRecordsBecomeBuySellOrHoldWithSizeAndExits()
    {
        final Driver driver = new Driver(stage(config(Sizing.fixed(0.5), 3), List.of("BTCUSD"), List.of(Timeframe.M1)));
        for (int i = 0; i < 4; i++)
        {
            driver.begin(i);
            driver.close(BTC, M1, i, BARS[i]);
            final DecisionRecord warming = driver.consensus(BTC, M1, i, 1, 0.6, 0.8, 0.7);
            driver.run();
            assertThat(warming.holdReason).as("bar %d", i).isEqualTo((byte)(i < 3 ? Decision.NO_ATR : Decision.NONE));
        }
        driver.begin(4);
        driver.close(BTC, M1, 4, BARS[4]);
        final DecisionRecord buy = driver.consensus(BTC, M1, 4, 1, 0.6, 0.8, 0.7);
        final DecisionRecord sell = driver.consensus(BTC, M1, 4, -1, -0.6, 0.8, 0.7);
        final DecisionRecord weak = driver.consensus(BTC, M1, 4, 1, 0.1, 0.8, 0.7);
        driver.run();

        assertThat(buy.action).isEqualTo(DecisionRecord.BUY);
        assertThat(buy.lots).isEqualTo(0.5);
        assertThat(buy.price).isEqualTo(106);
        assertThat(buy.atr).isCloseTo(3.2222222, within(1e-6)).isEqualTo(ATR_AT_FIFTH);
        assertThat(buy.stopLoss).isCloseTo(99.5555556, within(1e-6)); // 106 - 2 x 29/9
        assertThat(buy.takeProfit).isCloseTo(115.6666667, within(1e-6)); // 106 + 3 x 29/9
        assertThat(buy.equity).isEqualTo(10_000);
        assertThat(sell.action).isEqualTo(DecisionRecord.SELL);
        assertThat(sell.lots).isEqualTo(0.5);
        assertThat(sell.stopLoss).isCloseTo(112.4444444, within(1e-6)); // 106 + 2 x 29/9
        assertThat(sell.takeProfit).isCloseTo(96.3333333, within(1e-6)); // 106 - 3 x 29/9
        assertThat(weak.action).isEqualTo(DecisionRecord.HOLD);
        assertThat(weak.holdReason).isEqualTo((byte)Decision.LOW_SCORE);
        assertThat(List.of(weak.lots, weak.stopLoss, weak.takeProfit)).containsOnly(0.0);
        assertThat(weak.price).as("what was seen is kept").isEqualTo(106);
        assertThat(weak.direction).as("the consensus is left as the agent stage wrote it").isEqualTo((byte)1);
    }

    @Test
    void accountEquityReplacesTheStartingEquityForEquityFractionSizing()
    {
        final DecisionConfig config = new DecisionConfig(0.2, 0.3, 0.5, Sizing.equityFraction(0.5), 0, 0, 14);
        final DecisionStage stage = stage(config, List.of(), List.of());
        final Driver driver = new Driver(stage);
        // 0.5 x 10,000 / (20,000 x 2) = 0.125, rounded down to 0.12
        assertThat(driver.decideAt(0, 20_000).lots).isEqualTo(0.12);

        driver.account(30_000);
        // 0.5 x 30,000 / (20,000 x 2) = 0.375 -> 0.37
        final DecisionRecord record = driver.decideAt(1, 20_000);
        assertThat(record.lots).isEqualTo(0.37);
        assertThat(record.equity).isEqualTo(30_000);

        driver.account(0);
        driver.account(Double.NaN);
        driver.account(Double.POSITIVE_INFINITY);
        assertThat(driver.decideAt(2, 20_000).lots).as("no usable equity reported").isEqualTo(0.37);
        assertThat(stage.equity()).isEqualTo(30_000);
    }

    @Test
    void atrComesFromTheBarsOfTheRecordsSymbolAndTimeframe()
    {
        final Driver driver = new Driver(stage(config(Sizing.fixed(0.1), 14), List.of(),
            List.of(Timeframe.M1, Timeframe.M5)));
        final Series aapl = Series.aapl();
        final Atr btcM1 = new Atr(14);
        final Atr ethM1 = new Atr(14);
        int defined = 0;
        for (int i = 0; i < aapl.size(); i++)
        {
            final double[] bar = {aapl.open()[i], aapl.high()[i], aapl.low()[i], aapl.close()[i]};
            final double[] doubled = {2 * bar[0], 2 * bar[1], 2 * bar[2], 2 * bar[3]};
            final int j = aapl.size() - 1 - i;
            driver.begin(i);
            driver.close(BTC, M1, i, bar);
            driver.close(ETH, M1, i, doubled);
            driver.close(BTC, M5, i, new double[] {aapl.open()[j], aapl.high()[j], aapl.low()[j], aapl.close()[j]});
            final DecisionRecord btc = driver.consensus(BTC, M1, i, 1, 0.6, 0.8, 0.7);
            final DecisionRecord eth = driver.consensus(ETH, M1, i, -1, -0.6, 0.8, 0.7);
            driver.run();
            btcM1.update(0, bar[0], bar[1], bar[2], bar[3], 1);
            ethM1.update(0, doubled[0], doubled[1], doubled[2], doubled[3], 1);

            assertThat(Double.doubleToRawLongBits(btc.atr)).as("BTC bar %d", i)
                .isEqualTo(Double.doubleToRawLongBits(btcM1.value()));
            assertThat(Double.doubleToRawLongBits(eth.atr)).as("ETH bar %d", i)
                .isEqualTo(Double.doubleToRawLongBits(ethM1.value()));
            if (btcM1.isReady())
            {
                defined++;
                assertThat(btc.stopLoss).isCloseTo(bar[3] - 2 * btcM1.value(), within(1e-9));
                assertThat(eth.stopLoss).isCloseTo(doubled[3] + 2 * ethM1.value(), within(1e-9));
            }
            else
            {
                assertThat(btc.holdReason).isEqualTo((byte)Decision.NO_ATR);
            }
        }
        assertThat(defined).isEqualTo(aapl.size() - 14);
    }

    @Test
    void atrIsKeptOnlyForTheStrategysSymbolsAndTimeframes()
    {
        final Driver driver = new Driver(stage(config(Sizing.fixed(0.5), 3), List.of("BTCUSD"), List.of(Timeframe.M1)));
        final List<DecisionRecord> last = new ArrayList<>();
        for (int i = 0; i < BARS.length; i++)
        {
            driver.begin(i);
            driver.close(BTC, M1, i, BARS[i]);
            driver.close(ETH, M1, i, BARS[i]);
            driver.close(BTC, M5, i, BARS[i]);
            last.clear();
            last.add(driver.consensus(BTC, M1, i, 1, 0.6, 0.8, 0.7));
            last.add(driver.consensus(ETH, M1, i, 1, 0.6, 0.8, 0.7));
            last.add(driver.consensus(BTC, M5, i, 1, 0.6, 0.8, 0.7));
            driver.run();
        }
        assertThat(last.get(0).atr).isEqualTo(ATR_AT_FIFTH);
        assertThat(last.get(1).atr).isNaN();
        assertThat(last.get(1).holdReason).isEqualTo((byte)Decision.NO_ATR);
        assertThat(last.get(2).atr).isNaN();
        assertThat(last.get(2).holdReason).isEqualTo((byte)Decision.NO_ATR);
    }

    @Test
    void decisionWhoseBarIsNotAmongTheClosedBarsHoldsWithNoPrice()
    {
        final Driver driver = new Driver(stage(config(Sizing.fixed(0.5), 3), List.of(), List.of()));
        for (int i = 0; i < 4; i++)
        {
            driver.begin(i);
            driver.close(BTC, M1, i, BARS[i]);
            driver.run();
        }
        driver.begin(4);
        driver.close(BTC, M1, 4, BARS[4]);
        final List<DecisionRecord> missing = List.of(driver.consensus(BTC, M1, 3, 1, 0.6, 0.8, 0.7),
            driver.consensus(BTC, M5, 4, 1, 0.6, 0.8, 0.7), driver.consensus(ETH, M1, 4, 1, 0.6, 0.8, 0.7));
        final DecisionRecord found = driver.consensus(BTC, M1, 4, 1, 0.6, 0.8, 0.7);
        driver.run();
        assertThat(missing).allSatisfy(record ->
        {
            assertThat(record.action).isEqualTo(DecisionRecord.HOLD);
            assertThat(record.holdReason).isEqualTo((byte)Decision.NO_PRICE);
            assertThat(record.price).isNaN();
            assertThat(record.atr).isNaN();
            assertThat(record.lots).isZero();
        });
        assertThat(found.action).isEqualTo(DecisionRecord.BUY);
    }

    @Test
    void restoredStageContinuesExactly() throws IOException
    {
        final Series aapl = Series.aapl();
        final int cut = aapl.size() / 2;
        final Driver uninterrupted = new Driver(continuationStage());
        final Driver before = new Driver(continuationStage());
        final List<Outcome> expected = new ArrayList<>();
        for (int i = 0; i < aapl.size(); i++)
        {
            expected.add(step(uninterrupted, aapl, i));
            if (i < cut)
            {
                step(before, aapl, i);
            }
        }
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        before.stage.writeSnapshot(new DataOutputStream(bytes));
        final DecisionStage after = continuationStage();
        after.readSnapshot(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        final Driver resumed = new Driver(after, before.sequence);
        final List<Outcome> actual = new ArrayList<>();
        for (int i = cut; i < aapl.size(); i++)
        {
            actual.add(step(resumed, aapl, i));
        }

        assertThat(actual).containsExactlyElementsOf(expected.subList(cut, aapl.size()));
        assertThat(after.equity()).isEqualTo(uninterrupted.stage.equity())
            .isEqualTo(12_000 + (aapl.size() - 1) / 10 * 10);
        assertThat(expected).extracting(Outcome::action)
            .contains(DecisionRecord.BUY, DecisionRecord.SELL, DecisionRecord.HOLD);
    }

    /** Volatility-target sizing: 1 % of equity lost over 2 ATRs, so the size depends on both. */
    private static DecisionStage continuationStage()
    {
        return stage(config(Sizing.volatilityTarget(0.01, 2), 14), List.of(), List.of(Timeframe.M1));
    }

    /** Bar {@code i} of the series with a consensus that turns every 7 bars; the equity changes every 10th. */
    private static Outcome step(final Driver driver, final Series bars, final int i)
    {
        if (i % 10 == 0)
        {
            driver.account(12_000 + i);
        }
        driver.begin(i);
        driver.close(BTC, M1, i, new double[] {bars.open()[i], bars.high()[i], bars.low()[i], bars.close()[i]});
        final int direction = i / 7 % 3 - 1;
        final DecisionRecord record = driver.consensus(BTC, M1, i, direction, 0.5 * direction, 0.8, 0.7);
        driver.run();
        return new Outcome(record.action, record.holdReason, record.lots, record.price, record.stopLoss,
            record.takeProfit, record.atr, record.equity);
    }

    /** What the decision stage wrote into a record. */
    record Outcome(byte action, byte holdReason, double lots, double price, double stopLoss, double takeProfit,
        double atr, double equity)
    {
    }

    /** Feeds hand-built events to one decision stage; every bar opens {@code index} minutes after T0. */
    private static final class Driver
    {
        final DecisionStage stage;
        final Event event = new Event();
        long sequence;

        /** Defines BTCUSD and ETHUSD (ids 0 and 1). */
        Driver(final DecisionStage stage)
        {
            this.stage = stage;
            int id = 0;
            for (final String name : List.of("BTCUSD", "ETHUSD"))
            {
                start(EventType.SYMBOL, T0);
                event.symbolId = id++;
                event.payloadLength = event.payload.putStringWithoutLengthAscii(0, name);
                stage.onEvent(event);
            }
        }

        /** Continues after a restored snapshot: no SYMBOL events, the sequence goes on. */
        Driver(final DecisionStage stage, final long sequence)
        {
            this.stage = stage;
            this.sequence = sequence;
        }

        void account(final double equity)
        {
            start(EventType.ACCOUNT, T0);
            event.account.login = 42;
            event.account.balance = 10_000;
            event.account.equity = equity;
            stage.onEvent(event);
        }

        /** Starts the tick that closes bar {@code index}; add bars and consensus records, then {@link #run}. */
        void begin(final int index)
        {
            start(EventType.TICK, T0 + (index + 1) * MINUTE);
        }

        void close(final int symbol, final byte timeframe, final int index, final double[] ohlc)
        {
            event.closedBars.add().set(symbol, timeframe, T0 + index * MINUTE, ohlc[0], ohlc[1], ohlc[2], ohlc[3],
                10, 5);
        }

        DecisionRecord consensus(final int symbol, final byte timeframe, final int index, final int direction,
            final double score, final double agreement, final double confidence)
        {
            final DecisionRecord record = event.decisions.add();
            record.symbolId = symbol;
            record.timeframe = timeframe;
            record.openTimeNanos = T0 + index * MINUTE;
            record.direction = (byte)direction;
            record.score = score;
            record.agreement = agreement;
            record.confidence = confidence;
            return record;
        }

        void run()
        {
            stage.onEvent(event);
        }

        /** One BTCUSD M1 bar closing at {@code close}, with a strong BUY consensus on it. */
        DecisionRecord decideAt(final int index, final double close)
        {
            begin(index);
            close(BTC, M1, index, new double[] {close, close, close, close});
            final DecisionRecord record = consensus(BTC, M1, index, 1, 0.6, 0.8, 0.7);
            run();
            return record;
        }

        private void start(final byte type, final long time)
        {
            event.resetOutputs();
            event.sequence = ++sequence;
            event.type = type;
            event.timeNanos = time;
            event.symbolId = -1;
        }
    }
}
