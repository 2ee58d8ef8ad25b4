package io.tradingcore.mt5;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

import io.tradingcore.market.ImportFormat;
import io.tradingcore.market.OnError;

/**
 * Everything a {@link TerminalSimulator} needs: where the daemon is and how to authenticate, how to reconnect, the
 * account and symbol it presents, the market data it streams and how its broker executes orders. Immutable; the
 * constructor checks every value. Usually built with {@link #builder(String, long)}, whose defaults are those of the
 * MT5 Expert Advisor ({@code ops/mt5}) and of {@code tradingcore run}'s feed where they exist.
 *
 * @param host               daemon host.
 * @param port               daemon bridge port, 1..65535.
 * @param secret             shared secret (the daemon's {@code bridge.secret}), not empty; the MAC key is its UTF-8.
 * @param login              trading account number, > 0.
 * @param terminalName       HELLO {@code terminal}, at most 32 bytes.
 * @param serverName         HELLO and ACCOUNT_INFO {@code server}.
 * @param company            ACCOUNT_INFO {@code company}.
 * @param connectTimeoutMs   TCP connect timeout.
 * @param handshakeTimeoutMs how long CHALLENGE and AUTH_OK may each take before the connection is given up.
 * @param backoffInitialMs   first reconnect delay; doubles after each failed connection up to backoffMaxMs.
 * @param backoffMaxMs       largest reconnect delay.
 * @param resendCapacity     most unacknowledged EXEC_REPORT and POSITIONS_SNAPSHOT frames kept; the oldest go first.
 * @param snapshotIntervalMs wall-clock period of the unsolicited POSITIONS_SNAPSHOT.
 * @param marginMode         {@code BridgeProtocol.MARGIN_MODE_RETAIL_NETTING} or {@code MARGIN_MODE_RETAIL_HEDGING}.
 * @param balance            starting balance, account currency.
 * @param leverage           account leverage, > 0 (margin = volume x contractSize x open price / leverage).
 * @param currency           account currency, 1..8 characters.
 * @param symbol             the one symbol, declared as index 0.
 * @param feedEnabled        whether ticks come from a file; false: only from {@link TerminalSimulator#publishTick}.
 * @param input              the market-data file, or null for the bundled Bitstamp trades.
 * @param format             its format ({@link ImportFormat#AUTO} to detect).
 * @param onError            what to do with its bad rows.
 * @param speed              multiple of real time the file is streamed at; 0 = as fast as possible.
 * @param maxRate            cap in ticks per second; 0 = none.
 * @param spreadPoints       spread given to a trade (bid = ask = last), in points: bid/ask = price -/+ spread/2.
 * @param slippagePoints     adverse slippage of market and stop fills, in points.
 * @param partialFillRatio   share of an order's volume its first deal fills (rounded down to the step), in [0, 1);
 *                           0 = fill at once.
 * @param rejectRate         probability in [0, 1] that the broker rejects an otherwise valid ORDER_NEW (10006).
 * @param seed               seed of the broker's random rejections.
 * @param commissionPerLot   commission per lot of every deal, >= 0, charged as a negative amount.
 */
public record SimulatorConfig(
    String host,
    int port,
    String secret,
    long login,
    String terminalName,
    String serverName,
    String company,
    long connectTimeoutMs,
    long handshakeTimeoutMs,
    long backoffInitialMs,
    long backoffMaxMs,
    int resendCapacity,
    long snapshotIntervalMs,
    int marginMode,
    double balance,
    int leverage,
    String currency,
    SimulatedSymbol symbol,
    boolean feedEnabled,
    Path input,
    ImportFormat format,
    OnError onError,
    double speed,
    long maxRate,
    double spreadPoints,
    double slippagePoints,
    double partialFillRatio,
    double rejectRate,
    long seed,
    double commissionPerLot)
{
    public SimulatorConfig
    {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(terminalName, "terminalName");
        Objects.requireNonNull(serverName, "serverName");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(onError, "onError");
        require(!secret.isEmpty(), "the shared secret is empty (--secret or TC_BRIDGE_SECRET)");
        require(login > 0, "login must be > 0, was " + login);
        require(!host.isBlank(), "host is empty");
        require(port > 0 && port < 65536, "port " + port + " is not in 1..65535");
        require(connectTimeoutMs > 0 && handshakeTimeoutMs > 0, "timeouts must be > 0");
        require(backoffInitialMs > 0 && backoffMaxMs >= backoffInitialMs,
            "backoff must be > 0 ms and its maximum >= its initial value");
        require(resendCapacity > 0, "resendCapacity must be > 0");
        require(snapshotIntervalMs > 0, "snapshotIntervalMs must be > 0");
        require(marginMode == BridgeProtocol.MARGIN_MODE_RETAIL_NETTING ||
            marginMode == BridgeProtocol.MARGIN_MODE_RETAIL_HEDGING, "margin mode must be netting (0) or hedging (2)");
        require(Double.isFinite(balance), "balance must be finite");
        require(leverage > 0, "leverage must be > 0");
        require(!currency.isEmpty() && currency.length() <= AccountInfo.CURRENCY_LENGTH,
            "currency must have 1..8 characters");
        require(speed >= 0 && Double.isFinite(speed), "speed must be >= 0, was " + speed);
        require(maxRate >= 0, "max rate must be >= 0, was " + maxRate);
        require(spreadPoints >= 0 && Double.isFinite(spreadPoints), "spread must be >= 0 points");
        require(slippagePoints >= 0 && Double.isFinite(slippagePoints), "slippage must be >= 0 points");
        require(partialFillRatio >= 0 && partialFillRatio < 1,
            "partial fill ratio must be in [0, 1), was " + partialFillRatio);
        require(rejectRate >= 0 && rejectRate <= 1, "reject rate must be in [0, 1], was " + rejectRate);
        require(commissionPerLot >= 0 && Double.isFinite(commissionPerLot), "commission per lot must be >= 0");
        require(terminalName.getBytes(StandardCharsets.UTF_8).length <= Hello.TERMINAL_LENGTH,
            "terminal name is longer than 32 bytes");
    }

    /**
     * A builder with every default: daemon at 127.0.0.1:8001, backoff 1 s doubling to 30 s, connect timeout 3 s,
     * handshake timeout 5 s, resend buffer 1,024 frames, a POSITIONS_SNAPSHOT every 10 s, a netting account with
     * 10,000 USD at leverage 100, symbol BTCUSD ({@link SimulatedSymbol#defaults}), the bundled Bitstamp trades at
     * 1000x real time, no spread, slippage, partial fills, rejections or commission, seed 1.
     *
     * @param secret shared secret of the bridge, not empty.
     * @param login  trading account number, > 0.
     */
    public static SimulatorConfigBuilder builder(final String secret, final long login)
    {
        return new SimulatorConfigBuilder(secret, login);
    }

    /** The shared secret's UTF-8 bytes, the MAC key. */
    public byte[] secretUtf8()
    {
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    public boolean hedging()
    {
        return marginMode == BridgeProtocol.MARGIN_MODE_RETAIL_HEDGING;
    }

    /** Never prints the secret. */
    @Override
    public String toString()
    {
        return "SimulatorConfig[" + host + ":" + port + ", login " + login + ", " + symbol.name() +
            (hedging() ? ", hedging" : ", netting") + ", speed " + speed + "]";
    }

    private static void require(final boolean condition, final String message)
    {
        if (!condition)
        {
            throw new IllegalArgumentException(message);
        }
    }
}
