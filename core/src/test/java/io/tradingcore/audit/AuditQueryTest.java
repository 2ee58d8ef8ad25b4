package io.tradingcore.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditQueryTest
{
    private static final long MIN = Long.MIN_VALUE;
    private static final long MAX = Long.MAX_VALUE;

    @Test
    void refusesBadValuesNamingTheQueryParameter()
    {
        assertInvalid(() -> new AuditQuery("", null, MIN, MAX, 10), "user");
        assertInvalid(() -> new AuditQuery("al\u00e9", null, MIN, MAX, 10), "user");
        assertInvalid(() -> new AuditQuery("a".repeat(65), null, MIN, MAX, 10), "user");
        assertInvalid(() -> new AuditQuery(null, "USER_CONFIG_PATCH", MIN, MAX, 10), "kind");
        assertInvalid(() -> new AuditQuery(null, "user_config", MIN, MAX, 10), "kind");
        assertInvalid(() -> new AuditQuery(null, null, 5, 5, 10), "to");
        assertInvalid(() -> new AuditQuery(null, null, MIN, MAX, 0), "limit");
        assertInvalid(() -> new AuditQuery(null, null, MIN, MAX, AuditQuery.MAX_LIMIT + 1), "limit");
    }

    @Test
    void acceptsACommandByNameOrFamilyAndSnapshotsOnlyByName()
    {
        final AuditQuery family = new AuditQuery(null, "USER_CONFIG", MIN, MAX, 1);
        final AuditQuery name = new AuditQuery(null, "USER_CONFIG_PUT", MIN, MAX, 1);

        assertThat(family.acceptsKind("USER_CONFIG_DELETE", "USER_CONFIG")).isTrue();
        assertThat(family.acceptsKind("USER_PUT", "USER")).isFalse();
        assertThat(name.acceptsKind("USER_CONFIG_PUT", "USER_CONFIG")).isTrue();
        assertThat(name.acceptsKind("USER_CONFIG_DELETE", "USER_CONFIG")).isFalse();
        assertThat(AuditQuery.all().acceptsKind("SNAPSHOT", "SNAPSHOT")).isFalse();
        assertThat(new AuditQuery(null, "SNAPSHOT", MIN, MAX, 1).acceptsKind("SNAPSHOT", "SNAPSHOT")).isTrue();
    }

    @Test
    void acceptsAUserAsActorOrOwnerAndTimesFromInclusiveToExclusive()
    {
        final AuditQuery query = new AuditQuery("alice", null, 10, 20, 1);

        assertThat(query.acceptsUser("alice", null)).isTrue();
        assertThat(query.acceptsUser("root", "alice")).isTrue();
        assertThat(query.acceptsUser("root", "bob")).isFalse();
        assertThat(query.acceptsTime(10)).isTrue();
        assertThat(query.acceptsTime(19)).isTrue();
        assertThat(query.acceptsTime(20)).isFalse();
        assertThat(query.acceptsTime(9)).isFalse();
        assertThat(AuditQuery.all().limit()).isEqualTo(AuditQuery.DEFAULT_LIMIT);
    }

    private static void assertInvalid(final Runnable query, final String parameter)
    {
        assertThatThrownBy(query::run).isInstanceOfSatisfying(AuditQuery.Invalid.class,
            ex -> assertThat(ex.parameter()).isEqualTo(parameter)).hasMessageStartingWith(parameter + ": ");
    }
}
