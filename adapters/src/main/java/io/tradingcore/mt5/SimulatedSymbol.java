package io.tradingcore.mt5;

import java.util.Locale;
import java.util.Objects;

/**
 * The one symbol a {@link TerminalSimulator} trades, with the properties it declares in SYMBOL_INFO (symbol index
 * 0) and that its {@link SimulatedBroker} applies: volume limits (MT5's {@code SYMBOL_VOLUME_MIN/MAX/STEP}), the
 * point (slippage and spread are given in points), and the profit of a price move, computed as MT5 does it:
 * {@code (price difference / tickSize) * tickValue * volume}, in the account currency. Immutable.
 *
 * @param name           symbol name as in the terminal, printable ASCII, at most 32 bytes.
 * @param point          {@code SYMBOL_POINT}, > 0.
 * @param digits         {@code SYMBOL_DIGITS}, 0..15.
 * @param contractSize   {@code SYMBOL_TRADE_CONTRACT_SIZE}, > 0 (margin: volume x contractSize x price / leverage).
 * @param volumeMin      smallest order volume in lots, > 0.
 * @param volumeMax      largest order volume in lots, >= volumeMin.
 * @param volumeStep     volume granularity in lots, > 0.
 * @param tickSize       {@code SYMBOL_TRADE_TICK_SIZE}, > 0.
 * @param tickValue      {@code SYMBOL_TRADE_TICK_VALUE}: value of one tick of one lot in the account currency, > 0.
 * @param tradeMode      {@code BridgeProtocol.TRADE_MODE_*}; DISABLED makes the broker refuse every order.
 * @param currencyBase   {@code SYMBOL_CURRENCY_BASE}, at most 8 ASCII bytes.
 * @param currencyProfit {@code SYMBOL_CURRENCY_PROFIT}, at most 8 ASCII bytes.
 */
public record SimulatedSymbol(
    String name,
    double point,
    int digits,
    double contractSize,
    double volumeMin,
    double volumeMax,
    double volumeStep,
    double tickSize,
    double tickValue,
    int tradeMode,
    String currencyBase,
    String currencyProfit)
{
    /** Relative tolerance of the volume step check (volumes are decimal lots carried in doubles). */
    private static final double STEP_TOLERANCE = 1e-7;

    public SimulatedSymbol
    {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currencyBase, "currencyBase");
        Objects.requireNonNull(currencyProfit, "currencyProfit");
        if (name.isEmpty() || name.length() > SymbolInfo.SYMBOL_LENGTH ||
            !name.chars().allMatch(c -> c > ' ' && c < 127))
        {
            throw new IllegalArgumentException("symbol '" + name + "' must be 1..32 printable ASCII characters");
        }
        positive("point", point);
        positive("contractSize", contractSize);
        positive("volumeMin", volumeMin);
        positive("volumeStep", volumeStep);
        positive("tickSize", tickSize);
        positive("tickValue", tickValue);
        if (!(volumeMax >= volumeMin) || Double.isInfinite(volumeMax))
        {
            throw new IllegalArgumentException("volumeMax " + volumeMax + " must be >= volumeMin " + volumeMin);
        }
        if (digits < 0 || digits > 15)
        {
            throw new IllegalArgumentException("digits " + digits + " is not in 0..15");
        }
        if (tradeMode < BridgeProtocol.TRADE_MODE_DISABLED || tradeMode > BridgeProtocol.TRADE_MODE_FULL)
        {
            throw new IllegalArgumentException("tradeMode " + tradeMode + " is not in 0..4");
        }
    }

    /**
     * Sensible properties for a symbol name: BTCUSD (point 0.01, 2 digits, contract 1 BTC, 0.01..100 lots step 0.01,
     * tick value 0.01 USD), EURUSD (point 0.00001, 5 digits, contract 100,000 EUR, 0.01..100 lots step 0.01, tick
     * value 1 USD); any other name gets the BTCUSD numbers, base currency = its first three letters when it has six
     * letters, profit currency = its last three (else USD).
     */
    public static SimulatedSymbol defaults(final String name)
    {
        final String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith("EURUSD"))
        {
            return new SimulatedSymbol(name, 0.00001, 5, 100_000, 0.01, 100, 0.01, 0.00001, 1.0,
                BridgeProtocol.TRADE_MODE_FULL, "EUR", "USD");
        }
        final boolean pair = upper.length() == 6 && upper.chars().allMatch(Character::isLetter);
        return new SimulatedSymbol(name, 0.01, 2, 1, 0.01, 100, 0.01, 0.01, 0.01, BridgeProtocol.TRADE_MODE_FULL,
            pair ? upper.substring(0, 3) : (upper.startsWith("BTC") ? "BTC" : ""),
            pair ? upper.substring(3) : "USD");
    }

    /**
     * Whether an order volume is allowed: {@code volumeMin <= volume <= volumeMax} and a whole number of
     * {@code volumeStep}s (to a relative 1e-7).
     */
    public boolean validVolume(final double volume)
    {
        if (!(volume >= volumeMin * (1 - STEP_TOLERANCE)) || volume > volumeMax * (1 + STEP_TOLERANCE))
        {
            return false;
        }
        final double steps = volume / volumeStep;
        return Math.abs(steps - Math.rint(steps)) <= STEP_TOLERANCE * Math.max(1.0, steps);
    }

    /** {@code volume} rounded down to a whole number of steps (0 when below one step). */
    public double floorToStep(final double volume)
    {
        final double steps = Math.floor(volume / volumeStep + STEP_TOLERANCE);
        return roundLots(steps * volumeStep);
    }

    /**
     * Profit of {@code volume} lots bought (side 0) or sold (side 1) at {@code open} and closed at {@code close}:
     * {@code (close - open) / tickSize * tickValue * volume} for a buy, the negative for a sell.
     */
    public double profit(final int side, final double open, final double close, final double volume)
    {
        final double move = side == BridgeProtocol.SIDE_BUY ? close - open : open - close;
        return move / tickSize * tickValue * volume;
    }

    /** A lot amount with the binary noise of decimal arithmetic removed (rounded to 1e-10 lots). */
    static double roundLots(final double lots)
    {
        return Math.rint(lots * 1e10) / 1e10;
    }

    private static void positive(final String field, final double value)
    {
        if (!(value > 0) || Double.isInfinite(value))
        {
            throw new IllegalArgumentException(field + " must be a finite number > 0, was " + value);
        }
    }
}
