package eu.csep.portal.calls;

import eu.csep.portal.testsupport.DemoLogins;
import eu.csep.portal.testsupport.PortalClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Arrays;

/**
 * Plain benchmark harness (not a test): the time to save one wizard step of a proposal, measured as a client sees
 * it — one HTTP PUT of step 1 (summary) through the REST API, with validation, the optimistic-lock check, the
 * update and the commit — against a running portal with demo data. It publishes a call as the demo officer,
 * starts a proposal as the demo applicant, warms up, then saves the step N times in a row, each with the
 * version the previous save returned. See docs/benchmarks/proposals.md for the command and the figures.
 *
 * <p>Arguments: base URL (default http://localhost:8080/), runs (default 500), warm-up runs (default 100).
 */
public final class StepSaveBench {

    private StepSaveBench() {
    }

    public static void main(String[] args) throws Exception {
        URL base = new URL(args.length > 0 ? args[0] : "http://localhost:8080/");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        PortalClient anna = ProposalSteps.signedIn(base, DemoLogins.BY_ROLE.get("APPLICANT"));
        long id = ProposalSteps.start(anna, ProposalSteps.openCall(base, 0));
        long version = ProposalSteps.version(anna, id);
        for (int i = 0; i < warmUp; i++) {
            version = save(anna, id, version, i);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            version = save(anna, id, version, warmUp + i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("step save (PUT summary), %d runs after %d warm-up: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                runs, warmUp, nanos[runs / 2] / 1e6, nanos[runs * 95 / 100] / 1e6, nanos[runs * 99 / 100] / 1e6,
                nanos[runs - 1] / 1e6);
    }

    private static long save(PortalClient client, long id, long version, int i) {
        HttpResponse<String> saved = client.sendJson("PUT", "api/v1/proposals/" + id + "/summary",
                ProposalSteps.SUMMARY.formatted(version).replace("Voices against hate", "Voices against hate " + i));
        if (saved.statusCode() != 200) {
            throw new IllegalStateException("save " + i + " answered " + saved.statusCode() + ": " + saved.body());
        }
        return ProposalSteps.number(saved.body(), "version");
    }
}
