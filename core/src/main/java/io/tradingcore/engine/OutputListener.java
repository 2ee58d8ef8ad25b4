package io.tradingcore.engine;

import io.tradingcore.event.Event;

/**
 * Receives every event after it is journaled and all logic stages have run: the seam where adapters
 * send orders to the terminal, notify, and publish read views. Called on the output thread; must not
 * block for long (hand off to the adapter's own thread).
 */
@FunctionalInterface
public interface OutputListener
{
    void onOutput(Event event);
}
