package eu.csep.portal.hashmatch.view;

import eu.csep.portal.documents.boundary.Documents;
import eu.csep.portal.hashmatch.boundary.HashLists;
import eu.csep.portal.hashmatch.boundary.Screenings;
import eu.csep.portal.hashmatch.control.Thumbnail;
import eu.csep.portal.hashmatch.control.pdq.ImageDecoder;
import eu.csep.portal.hashmatch.entity.ScreeningCase;
import eu.csep.portal.shared.view.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * Backs /hashadmin/screening.xhtml: the review queue of quarantined uploads. {@code ?case=N} opens one case with
 * its match details and a blurred preview (images only), where the admin releases or confirms it with a reason.
 * View scope keeps the case id from the GET to the decision's postback; entities are reloaded, never kept.
 */
@Named
@ViewScoped
public class ScreeningPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Screenings screenings;

    @Inject
    HashLists lists;

    @Inject
    Documents documents;

    private String status = "OPEN";
    private Long caseId;
    private transient ScreeningCase current;
    private transient String thumbnail;
    private transient boolean thumbnailLoaded;
    private transient List<ScreeningCase> cases;
    private String reason;
    private boolean allowList;
    private Long addToList;
    private String labels;

    public List<ScreeningCase> getCases() {
        if (cases == null) {
            cases = screenings.cases("ALL".equals(status) ? null : ScreeningCase.Status.valueOf(status));
        }
        return cases;
    }

    public ScreeningCase getCurrent() {
        if (current == null && caseId != null) {
            boolean found = Messages.attempt("decide", () -> {
                current = screenings.find(caseId);
            });
            if (!found) {
                caseId = null;
            }
        }
        return current;
    }

    /** A small blurred preview of a quarantined image (revealed on hover/focus), null for other files. */
    public String getThumbnail() {
        if (!thumbnailLoaded && getCurrent() != null && current.getPdq() != null) {
            thumbnailLoaded = true;
            thumbnail = Thumbnail.dataUri(documents.contentForScreening(current.getFileId()), 240, new ImageDecoder())
                    .orElse(null);
        }
        return thumbnail;
    }

    public List<HashLists.ListSummary> getLists() {
        return lists.lists();
    }

    public String release() {
        return decide(Screenings.Decision.RELEASE);
    }

    public String confirm() {
        return decide(Screenings.Decision.CONFIRM);
    }

    private String decide(Screenings.Decision decision) {
        String next = Messages.attemptOrNull("decide", () -> {
            ScreeningCase c = screenings.decide(caseId == null ? -1 : caseId,
                    new Screenings.DecisionDraft(decision, reason, allowList, decision == Screenings.Decision.CONFIRM
                            ? addToList : null, labels));
            Messages.info(decision == Screenings.Decision.RELEASE ? "hashmatch.screening.released"
                    : "hashmatch.screening.confirmed", c.getFilename());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/hashadmin/screening?faces-redirect=true";
        });
        if (next == null) {
            current = null; // refused: read the case again
        }
        return next;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = switch (status == null ? "" : status) {
            case "OPEN", "RELEASED", "BLOCKED", "ALL" -> status;
            default -> "OPEN";
        };
        cases = null;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
        current = null;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isAllowList() {
        return allowList;
    }

    public void setAllowList(boolean allowList) {
        this.allowList = allowList;
    }

    public Long getAddToList() {
        return addToList;
    }

    public void setAddToList(Long addToList) {
        this.addToList = addToList;
    }

    public String getLabels() {
        return labels;
    }

    public void setLabels(String labels) {
        this.labels = labels;
    }
}
