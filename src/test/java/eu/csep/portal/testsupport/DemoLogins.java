package eu.csep.portal.testsupport;

import java.util.Map;

/** The demo accounts the portal seeds when portal.demo-data=true (see README), by role. */
public final class DemoLogins {

    public static final String PASSWORD = "Demo-Passw0rd!";
    public static final Map<String, String> BY_ROLE = Map.of(
            "APPLICANT", "anna@voices-of-peace.org",
            "REVIEWER", "reviewer1@csep-portal.eu",
            "OFFICER", "officer@csep-portal.eu",
            "HASH_ADMIN", "hashadmin@csep-portal.eu",
            "ADMIN", "admin@csep-portal.eu");
    public static final String OTHER_NGO_MEMBER = "clara@counter-narrative.de";

    private DemoLogins() {
    }
}
