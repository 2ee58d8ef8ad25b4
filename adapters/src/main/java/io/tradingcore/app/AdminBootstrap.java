package io.tradingcore.app;

import io.tradingcore.config.ApiKey;
import io.tradingcore.config.ConfigCommands;
import io.tradingcore.config.ConfigView;
import io.tradingcore.config.Role;
import io.tradingcore.config.User;
import io.tradingcore.engine.Engine;
import io.tradingcore.event.CommandType;
import io.tradingcore.http.auth.ApiKeys;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Makes sure the API can be used from a fresh journal: with {@code http.bootstrap-admin} {@code first-start}
 * (the default) and no admin in the journal, it creates the user {@code admin} with a new API key; with
 * {@code new-key} it also gives the first admin a new key on every start. Both are journaled commands with the
 * system as actor, so the audit log shows them. The key is returned to be shown once; only its SHA-256 is kept.
 * Owning (start-up) thread, after the engine started.
 */
final class AdminBootstrap
{
    /** The user created when the journal has no admin. */
    static final String ADMIN = "admin";

    /** Values of {@code http.bootstrap-admin}. */
    enum Mode
    {
        /** Create {@code admin} and a key when there is no admin. */
        FIRST_START,
        /** As FIRST_START, and a new key for the first admin at every start. */
        NEW_KEY,
        /** Never create users or keys at start. */
        OFF;

        /** @return the mode named {@code text} ({@code first-start}, {@code new-key}, {@code off}). */
        static Mode parse(final String text)
        {
            for (final Mode mode : values())
            {
                if (mode.name().replace('_', '-').equalsIgnoreCase(text.trim()))
                {
                    return mode;
                }
            }
            throw new IllegalArgumentException("must be first-start, new-key or off, was '" + text + "'");
        }

        @Override
        public String toString()
        {
            return name().replace('_', '-').toLowerCase(Locale.ROOT);
        }
    }

    private AdminBootstrap()
    {
    }

    /**
     * @return the new admin key to show, or null when none was made.
     * @throws IllegalStateException when the engine refuses or does not apply the commands in time.
     */
    static Created ensureAdmin(final Mode mode, final Engine engine, final Supplier<ConfigView> view)
    {
        if (mode == Mode.OFF)
        {
            return null;
        }
        User admin = view.get().users().stream().filter(user -> user.role() == Role.ADMIN).findFirst().orElse(null);
        if (admin == null)
        {
            StartupCommands.apply(engine, CommandType.USER_PUT,
                buffer -> ConfigCommands.encodeUserPut(ADMIN, Role.ADMIN, buffer), "bootstrap admin");
            admin = view.get().user(ADMIN);
        }
        else if (mode == Mode.FIRST_START)
        {
            return null;
        }
        final String key = new ApiKeys().generate();
        final ApiKeys.Parsed parsed = ApiKeys.parse(key);
        final ApiKey stored = new ApiKey(parsed.keyId(), admin.id(), parsed.sha256(), "bootstrap", 0);
        StartupCommands.apply(engine, CommandType.API_KEY_PUT, buffer -> ConfigCommands.encodeApiKeyPut(stored, buffer),
            "API key of " + admin.id());
        return new Created(admin.id(), key);
    }

    /** A key made at start: whose, and the key itself (shown once). */
    record Created(String userId, String apiKey)
    {
        /** Shows the key once on {@code console}, with curl lines that trade it for a token and use it. */
        void print(final String base, final PrintStream console)
        {
            console.println();
            console.println("  API key of user '" + userId + "' (shown once; only its hash is journaled):");
            console.println("    " + apiKey);
            console.println("  Get a token and call the API:");
            console.println("    TOKEN=$(curl -s -X POST " + base + "/api/v1/auth/token " +
                "-H 'Content-Type: application/json' -d '{\"apiKey\":\"" + apiKey + "\"}' " +
                "| sed -E 's/.*\"token\":\"([^\"]+)\".*/\\1/')");
            console.println("    curl -s -H \"Authorization: Bearer $TOKEN\" " + base + "/api/v1/agents/status");
            console.println();
            console.flush();
        }

        @Override
        public String toString()
        {
            return "Created[userId=" + userId + ", apiKey=<hidden>]";
        }
    }
}
