package io.tradingcore.http.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last kill-switch change this server made: who asked, which way, why, and when (wall clock of the HTTP
 * thread, for people; the journal holds the command with its event time and actor). Kept only in memory, so after
 * a restart it is unknown until the next change. Immutable; any thread.
 *
 * @param actor      the user id of the principal who sent the command.
 * @param engaged    true for an engage, false for a release.
 * @param reason     the reason given, or null.
 * @param wallNanos  when the command was applied, epoch nanoseconds.
 */
record TradingKillSwitchChange(String actor, boolean engaged, String reason, long wallNanos)
{
    /** @return the change as JSON: actor, action (ENGAGE or RELEASE), reason, at, atNanos. */
    Map<String, Object> json()
    {
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("actor", actor);
        json.put("action", engaged ? "ENGAGE" : "RELEASE");
        json.put("reason", reason);
        json.put("at", TradingJson.iso(wallNanos));
        json.put("atNanos", wallNanos);
        return json;
    }
}
