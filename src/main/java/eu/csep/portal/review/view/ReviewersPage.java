package eu.csep.portal.review.view;

import eu.csep.portal.identity.boundary.Directory;
import eu.csep.portal.identity.entity.Organisation;
import eu.csep.portal.review.boundary.Evaluations;
import eu.csep.portal.shared.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Backs /officer/reviewers.xhtml: each reviewer's expertise tags, languages and former organisations (the latter
 * feed the conflict hints), with their current load.
 */
@Named
@ViewScoped
public class ReviewersPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** One reviewer as edited on the page (tags and languages as comma-separated text). */
    public static final class Row implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private final long accountId;
        private final String label;
        private final int load;
        private String expertise;
        private String languages;
        private Long[] former;

        Row(Evaluations.ReviewerView r) {
            this.accountId = r.accountId();
            this.label = r.name() + " <" + r.email() + ">";
            this.load = r.load();
            this.expertise = String.join(", ", r.expertise());
            this.languages = String.join(", ", r.languages());
            this.former = r.formerOrganisations().toArray(Long[]::new);
        }

        public long getAccountId() {
            return accountId;
        }

        public String getLabel() {
            return label;
        }

        public int getLoad() {
            return load;
        }

        public String getExpertise() {
            return expertise;
        }

        public void setExpertise(String expertise) {
            this.expertise = expertise;
        }

        public String getLanguages() {
            return languages;
        }

        public void setLanguages(String languages) {
            this.languages = languages;
        }

        public Long[] getFormer() {
            return former == null ? null : former.clone();
        }

        public void setFormer(Long[] former) {
            this.former = former == null ? null : former.clone();
        }
    }

    @Inject
    Evaluations evaluations;

    @Inject
    Directory directory;

    private List<Row> rows;
    private List<Organisation> organisations;

    @PostConstruct
    void load() {
        rows = evaluations.reviewers().stream().map(Row::new).collect(Collectors.toCollection(ArrayList::new));
        organisations = directory.organisations();
    }

    public void save(Row row) {
        Messages.attempt("reviewers", () -> {
            evaluations.describeReviewer(row.getAccountId(), split(row.getExpertise()), split(row.getLanguages()),
                    row.getFormer() == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(row.getFormer())));
            Messages.info("review.reviewerSaved");
            load();
        });
    }

    private static Set<String> split(String text) {
        return text == null ? Set.of() : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Organisation> getOrganisations() {
        return organisations;
    }
}
