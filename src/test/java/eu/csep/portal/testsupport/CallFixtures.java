package eu.csep.portal.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Calls for proposals set up through the officer's pages, as the integration tests of several components need them. */
public final class CallFixtures {

    private CallFixtures() {
    }

    /**
     * The officer prepares and publishes a call (open since January, deadline next March) with the given budget (EUR)
     * and minimum number of partners; returns its identifier ({@code prefix} + 8 random characters).
     */
    public static String publish(PortalClient officer, String prefix, String budget, int minPartners) {
        String id = prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        int year = LocalDate.now().getYear();
        Map<String, String> form = new HashMap<>(Map.ofEntries(
                Map.entry("identifier", id), Map.entry("title", "Counter-narratives " + id),
                Map.entry("description", "Campaigns that answer terrorist propaganda online."),
                Map.entry("opensAt_input", year + "-01-01 09:00"), Map.entry("deadline_input", (year + 1) + "-03-31 17:00"),
                Map.entry("budget_hinput", budget), Map.entry("minGrant_hinput", "250000"),
                Map.entry("maxGrant_hinput", "1000000"), Map.entry("maxCofinancingRate_hinput", "90"),
                Map.entry("minPartners_input", String.valueOf(minPartners)), Map.entry("maxDurationMonths_input", "24")));
        assertEquals(302, officer.submit("officer/call.xhtml", "call", "save", form).statusCode());
        String page = officer.get("officer/calls.xhtml").body();
        Matcher m = Pattern.compile("data-ri=\"(\\d+)\"((?!</tr>).)*?" + Pattern.quote(id), Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), "the call is listed");
        HttpResponse<String> published = officer.submit("officer/calls.xhtml", "calls", "table:" + m.group(1) + ":publish",
                Map.of());
        assertTrue(published.body().contains("The call is open to applicants"), published.body());
        return id;
    }
}
