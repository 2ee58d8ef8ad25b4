package io.tradingcore.mt5;

import java.nio.file.Path;
import java.util.Objects;

import io.tradingcore.market.ImportFormat;
import io.tradingcore.market.OnError;

/**
 * Mutable builder of a {@link SimulatorConfig}, from {@link SimulatorConfig#builder}; every setter names the
 * record component it sets, {@link #build()} checks them all. Not thread-safe.
 */
public final class SimulatorConfigBuilder
{
    private final String secret;
    private final long login;
    private String host = "127.0.0.1";
    private int port = 8001;
    private String terminalName = "tradingcore simulator";
    private String serverName = "Simulator-Demo";
    private String company = "tradingcore";
    private long connectTimeoutMs = 3_000;
    private long handshakeTimeoutMs = 5_000;
    private long backoffInitialMs = 1_000;
    private long backoffMaxMs = 30_000;
    private int resendCapacity = 1_024;
    private long snapshotIntervalMs = 10_000;
    private int marginMode = BridgeProtocol.MARGIN_MODE_RETAIL_NETTING;
    private double balance = 10_000;
    private int leverage = 100;
    private String currency = "USD";
    private SimulatedSymbol symbol = SimulatedSymbol.defaults("BTCUSD");
    private boolean feedEnabled = true;
    private Path input;
    private ImportFormat format = ImportFormat.AUTO;
    private OnError onError = OnError.SKIP;
    private double speed = 1000;
    private long maxRate;
    private double spreadPoints;
    private double slippagePoints;
    private double partialFillRatio;
    private double rejectRate;
    private long seed = 1;
    private double commissionPerLot;

    SimulatorConfigBuilder(final String secret, final long login)
    {
        this.secret = Objects.requireNonNull(secret, "secret");
        this.login = login;
    }

    public SimulatorConfigBuilder host(final String value)
    {
        host = value;
        return this;
    }

    public SimulatorConfigBuilder port(final int value)
    {
        port = value;
        return this;
    }

    public SimulatorConfigBuilder terminalName(final String value)
    {
        terminalName = value;
        return this;
    }

    public SimulatorConfigBuilder connectTimeoutMs(final long value)
    {
        connectTimeoutMs = value;
        return this;
    }

    public SimulatorConfigBuilder handshakeTimeoutMs(final long value)
    {
        handshakeTimeoutMs = value;
        return this;
    }

    /** Reconnect delays: {@code initialMs}, doubling after each failed connection up to {@code maxMs}. */
    public SimulatorConfigBuilder backoff(final long initialMs, final long maxMs)
    {
        backoffInitialMs = initialMs;
        backoffMaxMs = maxMs;
        return this;
    }

    public SimulatorConfigBuilder resendCapacity(final int value)
    {
        resendCapacity = value;
        return this;
    }

    public SimulatorConfigBuilder snapshotIntervalMs(final long value)
    {
        snapshotIntervalMs = value;
        return this;
    }

    /** {@code true}: retail hedging (a position per fill); {@code false}: retail netting (one per symbol). */
    public SimulatorConfigBuilder hedging(final boolean value)
    {
        marginMode = value ? BridgeProtocol.MARGIN_MODE_RETAIL_HEDGING : BridgeProtocol.MARGIN_MODE_RETAIL_NETTING;
        return this;
    }

    public SimulatorConfigBuilder balance(final double value)
    {
        balance = value;
        return this;
    }

    public SimulatorConfigBuilder leverage(final int value)
    {
        leverage = value;
        return this;
    }

    public SimulatorConfigBuilder currency(final String value)
    {
        currency = value;
        return this;
    }

    /** A symbol with {@link SimulatedSymbol#defaults} properties. */
    public SimulatorConfigBuilder symbol(final String name)
    {
        symbol = SimulatedSymbol.defaults(name);
        return this;
    }

    public SimulatorConfigBuilder symbol(final SimulatedSymbol value)
    {
        symbol = value;
        return this;
    }

    /** The market-data file to stream (null: the bundled Bitstamp trades), its format and what to do with bad rows. */
    public SimulatorConfigBuilder input(final Path file, final ImportFormat fileFormat, final OnError badRows)
    {
        feedEnabled = true;
        input = file;
        format = fileFormat;
        onError = badRows;
        return this;
    }

    /** Streams no file: ticks come only from {@link TerminalSimulator#publishTick}. */
    public SimulatorConfigBuilder noFeed()
    {
        feedEnabled = false;
        return this;
    }

    public SimulatorConfigBuilder speed(final double value)
    {
        speed = value;
        return this;
    }

    public SimulatorConfigBuilder maxRate(final long value)
    {
        maxRate = value;
        return this;
    }

    public SimulatorConfigBuilder spreadPoints(final double value)
    {
        spreadPoints = value;
        return this;
    }

    public SimulatorConfigBuilder slippagePoints(final double value)
    {
        slippagePoints = value;
        return this;
    }

    public SimulatorConfigBuilder partialFillRatio(final double value)
    {
        partialFillRatio = value;
        return this;
    }

    public SimulatorConfigBuilder rejectRate(final double value)
    {
        rejectRate = value;
        return this;
    }

    public SimulatorConfigBuilder seed(final long value)
    {
        seed = value;
        return this;
    }

    public SimulatorConfigBuilder commissionPerLot(final double value)
    {
        commissionPerLot = value;
        return this;
    }

    /** @throws IllegalArgumentException naming the first bad value; NullPointerException for a missing one. */
    public SimulatorConfig build()
    {
        return new SimulatorConfig(host, port, secret, login, terminalName, serverName, company, connectTimeoutMs,
            handshakeTimeoutMs, backoffInitialMs, backoffMaxMs, resendCapacity, snapshotIntervalMs, marginMode, balance,
            leverage, currency, symbol, feedEnabled, input, format, onError, speed, maxRate, spreadPoints,
            slippagePoints, partialFillRatio, rejectRate, seed, commissionPerLot);
    }
}
