package eu.csep.portal.identity.entity;

import static eu.csep.portal.identity.entity.Permission.ADMINISTER;
import static eu.csep.portal.identity.entity.Permission.APPLY;
import static eu.csep.portal.identity.entity.Permission.BROWSE_AUDIT_LOG;
import static eu.csep.portal.identity.entity.Permission.INVITE_MEMBERS;
import static eu.csep.portal.identity.entity.Permission.INVITE_STAFF;
import static eu.csep.portal.identity.entity.Permission.MANAGE_BUDGET;
import static eu.csep.portal.identity.entity.Permission.MANAGE_HASHES;
import static eu.csep.portal.identity.entity.Permission.MANAGE_PROGRAMME;
import static eu.csep.portal.identity.entity.Permission.MATCH_HASHES;
import static eu.csep.portal.identity.entity.Permission.REPORT_REACH;
import static eu.csep.portal.identity.entity.Permission.REVIEW;
import static eu.csep.portal.identity.entity.Permission.SIGNED_IN;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The portal's roles and, in this one place, the permissions each of them holds. */
public enum Role {
    APPLICANT("applicant/dashboard", SIGNED_IN, APPLY, INVITE_MEMBERS, REPORT_REACH),
    REVIEWER("reviewer/dashboard", SIGNED_IN, REVIEW),
    OFFICER("officer/dashboard", SIGNED_IN, MANAGE_PROGRAMME, MANAGE_BUDGET, BROWSE_AUDIT_LOG),
    HASH_ADMIN("hashadmin/dashboard", SIGNED_IN, MANAGE_HASHES, MATCH_HASHES),
    ADMIN("admin/dashboard", SIGNED_IN, ADMINISTER, INVITE_STAFF, BROWSE_AUDIT_LOG, MANAGE_HASHES, MATCH_HASHES);

    private final String home;
    private final Set<Permission> permissions;

    Role(String home, Permission first, Permission... rest) {
        this.home = home;
        this.permissions = Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean permits(Permission permission) {
        return permissions.contains(permission);
    }

    /** The groups a signed-in caller of this role carries: the role's name and each permission's name. */
    public Set<String> groups() {
        Set<String> groups = permissions.stream().map(Enum::name).collect(Collectors.toCollection(java.util.TreeSet::new));
        groups.add(name());
        return Collections.unmodifiableSet(groups);
    }

    /** The role's landing page, relative to the web root, without extension. */
    public String home() {
        return home;
    }

    /** Roles the admin can invite: every role but APPLICANT, whose members join through their organisation. */
    public static Set<Role> staff() {
        return EnumSet.complementOf(EnumSet.of(APPLICANT));
    }
}
