package eu.csep.portal.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a token of each scope may do, and what the entity refuses to hold. */
class ApiTokenTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 28, 22, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aTokenHoldsItsScopesOnePermissionAndNoOtherScopes() {
        assertEquals(Set.of("MATCH_HASHES"), ApiTokenScope.MATCH_HASHES.groups());
        assertEquals(Set.of("REPORT_REACH"), ApiTokenScope.REPORT_REACH.groups());
        for (ApiTokenScope scope : ApiTokenScope.values()) {
            for (Role role : Role.values()) {
                assertFalse(scope.groups().contains(role.name()), scope + " holds no role");
            }
            assertFalse(scope.groups().contains(Permission.SIGNED_IN.name()), scope + " is no signed-in person");
            assertFalse(scope.groups().contains(scope.issuer().name()), scope + " cannot issue more tokens");
        }
    }

    @Test
    void callerNamesTellTheScopesApart() {
        ApiToken reach = new ApiToken(ApiTokenScope.REPORT_REACH, 7L, "agency", "rt_abcdefghijk", "h1", "a@b.org", NOW);
        ApiToken hash = new ApiToken(ApiTokenScope.MATCH_HASHES, null, "platform-x", "hm_abcdefghijk", "h2", "h@c.eu", NOW);
        assertEquals("token:platform-x", hash.callerName());
        assertEquals("rt_abcde", reach.getPrefix());
        assertEquals(Optional.of(12L), ApiTokenScope.REPORT_REACH.idInCallerName("reach-token:12"));
        assertEquals(Optional.empty(), ApiTokenScope.REPORT_REACH.idInCallerName("token:12"));
        assertEquals(Optional.empty(), ApiTokenScope.REPORT_REACH.idInCallerName("reach-token:x"));
        assertEquals(Optional.empty(), ApiTokenScope.MATCH_HASHES.idInCallerName("token:12"), "hash tokens go by name");
        assertEquals("reach.token.unknown", ApiTokenScope.REPORT_REACH.key("unknown"));
        assertEquals("hashmatch.token.nameTaken", ApiTokenScope.MATCH_HASHES.key("nameTaken"));
    }

    @Test
    void reachTokensActForAnOrganisationAndHashTokensForNone() {
        assertThrows(IllegalArgumentException.class,
                () -> new ApiToken(ApiTokenScope.REPORT_REACH, null, "n", "rt_abcdefghijk", "h", "a@b.org", NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new ApiToken(ApiTokenScope.MATCH_HASHES, 7L, "n", "hm_abcdefghijk", "h", "a@b.org", NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new ApiToken(ApiTokenScope.MATCH_HASHES, null, "n", "rt_abcdefghijk", "h", "a@b.org", NOW),
                "a secret of another scope");
    }

    @Test
    void revokingIsFinal() {
        ApiToken t = new ApiToken(ApiTokenScope.MATCH_HASHES, null, "n", "hm_abcdefghijk", "h", "a@b.org", NOW);
        assertTrue(t.isActive());
        t.revoke("a@b.org", NOW);
        t.revoke("mallory@x.org", NOW.plusDays(1));
        assertFalse(t.isActive());
        assertEquals("a@b.org", t.getRevokedBy());
        assertEquals(NOW, t.getRevokedAt());
    }
}
