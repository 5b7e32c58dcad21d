package eu.csep.portal.review.view;

import eu.csep.portal.review.boundary.Results;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs /applicant/results.xhtml: the organisation's published evaluation results, each with its ESR download. */
@Named
@RequestScoped
public class ApplicantResultsPage {

    @Inject
    Results results;

    private List<Results.Summary> summaries;

    public List<Results.Summary> getSummaries() {
        if (summaries == null) {
            summaries = results.mine();
        }
        return summaries;
    }
}
