package eu.csep.portal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.identity.entity.Permission;
import eu.csep.portal.identity.entity.Role;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void everyRoleIsSignedInAndCarriesItsOwnNameAndPermissionsAsGroups() {
        for (Role role : Role.values()) {
            assertTrue(role.permits(Permission.SIGNED_IN), role.name());
            Set<String> groups = role.groups();
            assertTrue(groups.contains(role.name()));
            role.permissions().forEach(p -> assertTrue(groups.contains(p.name())));
            assertEquals(role.permissions().size() + 1, groups.size());
        }
    }

    @Test
    void onlyTheProgrammeSideBrowsesTheAuditLogAndOnlyAdminsInviteStaff() {
        assertEquals(EnumSet.of(Role.OFFICER, Role.ADMIN), holders(Permission.BROWSE_AUDIT_LOG));
        assertEquals(EnumSet.of(Role.ADMIN), holders(Permission.INVITE_STAFF));
        assertEquals(EnumSet.of(Role.APPLICANT), holders(Permission.APPLY));
        assertEquals(EnumSet.of(Role.HASH_ADMIN, Role.ADMIN), holders(Permission.MANAGE_HASHES));
        assertFalse(Role.staff().contains(Role.APPLICANT));
    }

    @Test
    void everyPermissionIsHeldBySomeRole() {
        for (Permission permission : Permission.values()) {
            assertFalse(holders(permission).isEmpty(), permission.name());
        }
    }

    private static Set<Role> holders(Permission permission) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (role.permits(permission)) {
                roles.add(role);
            }
        }
        return roles;
    }
}
