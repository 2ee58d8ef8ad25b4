package io.tradingcore.http.api;

import java.util.List;

/**
 * The body of {@code POST /api/v1/coordination/register}:
 * {@code {"id"?, "name"?, "kind"?, "symbols"?, "weight"?}}; the rules are {@code AgentCommands.Register}'s.
 * Immutable; any thread.
 *
 * @param id      the agent id, 1 to 32 characters of A-Z a-z 0-9 _ . -; default the caller's user id.
 * @param name    1 to 64 characters; default the id.
 * @param kind    1 to 32 characters, e.g. {@code ml}; default {@code external}.
 * @param symbols symbols it signals, at most 16, no repeats; default (empty) every symbol.
 * @param weight  initial weight, &gt; 0 and finite; default 1.
 */
record AgentRegisterBody(String id, String name, String kind, List<String> symbols, Double weight)
{
}
