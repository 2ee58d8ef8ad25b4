package io.tradingcore.mt5;

/**
 * Running counts of a {@link SimulatedBroker}: new orders (duplicates excluded), duplicate ORDER_NEWs, complete
 * fills, partial fills, rejections, cancellations (IOC remainders included), expirations and modifications.
 * Mutable, written under the simulator's lock.
 */
final class SimulatedBrokerCounters
{
    long orders;
    long duplicates;
    long fills;
    long partialFills;
    long rejections;
    long cancellations;
    long expirations;
    long modifications;
}
