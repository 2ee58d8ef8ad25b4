package io.tradingcore.http.auth;

import io.tradingcore.config.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class PrincipalTest
{
    @Test
    void userOwnsOnlyTheirOwnResources()
    {
        final Principal alice = new Principal("alice", Role.TRADER);

        assertThat(alice.owns("alice")).isTrue();
        assertThat(alice.owns("bob")).isFalse();
        assertThat(alice.isAdmin()).isFalse();
    }

    @Test
    void adminOwnsEveryonesResources()
    {
        final Principal root = new Principal("root", Role.ADMIN);

        assertThat(root.owns("bob")).isTrue();
        assertThat(root.isAdmin()).isTrue();
    }

    @Test
    void agentAndViewerDoNotOwnOthers()
    {
        assertThat(new Principal("agent-1", Role.AGENT).owns("agent-2")).isFalse();
        assertThat(new Principal("view", Role.VIEWER).owns("alice")).isFalse();
    }

    @Test
    void requiresUserAndRole()
    {
        assertThatNullPointerException().isThrownBy(() -> new Principal(null, Role.ADMIN));
        assertThatNullPointerException().isThrownBy(() -> new Principal("alice", null));
    }
}
