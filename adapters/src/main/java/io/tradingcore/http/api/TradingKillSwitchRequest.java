package io.tradingcore.http.api;

import io.tradingcore.http.ApiException;
import io.tradingcore.http.Json;

/**
 * The body of {@code POST /api/v1/risk/kill-switch}: {@code {"engaged": true|false, "reason": "..."}}. Read with
 * {@link Json#read}, which refuses unknown fields and wrong types; the compact constructor refuses a missing
 * {@code engaged} and a reason longer than {@value #MAX_REASON} characters or with control characters.
 * Immutable; any thread.
 *
 * @param engaged true to engage the kill switch, false to release it.
 * @param reason  why, for the journal and the risk view's last change; optional.
 */
record TradingKillSwitchRequest(Boolean engaged, String reason)
{
    /** Longest reason, in characters. */
    static final int MAX_REASON = 200;

    /** Validates the fields (400 naming the field). */
    TradingKillSwitchRequest
    {
        Json.require(engaged, "engaged");
        if (reason != null)
        {
            if (reason.length() > MAX_REASON)
            {
                throw ApiException.badRequest("reason", "reason must be at most " + MAX_REASON +
                    " characters, got " + reason.length());
            }
            for (int i = 0; i < reason.length(); i++)
            {
                if (Character.isISOControl(reason.charAt(i)))
                {
                    throw ApiException.badRequest("reason", "reason must not contain control characters (index " +
                        i + ")");
                }
            }
            reason = reason.isBlank() ? null : reason.strip();
        }
    }
}
