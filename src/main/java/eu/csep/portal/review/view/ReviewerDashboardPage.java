package eu.csep.portal.review.view;

import eu.csep.portal.review.boundary.Reviewing;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs /reviewer/dashboard.xhtml: the reviewer's assignments, with what is still to do. */
@Named
@RequestScoped
public class ReviewerDashboardPage {

    @Inject
    Reviewing reviewing;

    private List<Reviewing.AssignmentView> assignments;

    public List<Reviewing.AssignmentView> getAssignments() {
        if (assignments == null) {
            assignments = reviewing.mine();
        }
        return assignments;
    }

    public long getUndeclared() {
        return getAssignments().stream().filter(a -> "PENDING".equals(a.declaration())).count();
    }
}
