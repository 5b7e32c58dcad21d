package eu.csep.portal.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What review knows of a reviewer account (invited by the admin with role REVIEWER): expertise tags and languages,
 * used by assignment, and the organisations they were a member of, used by the conflict hints.
 */
@Entity
@Table(name = "review_reviewer")
public class ReviewerProfile implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final int LIST_MAX = 500;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(length = LIST_MAX)
    private String expertise;

    @Column(length = LIST_MAX)
    private String languages;

    @Column(name = "former_organisations", length = LIST_MAX)
    private String formerOrganisations;

    @Version
    private long version;

    protected ReviewerProfile() {
    }

    public ReviewerProfile(long accountId) {
        this.accountId = accountId;
    }

    public void describe(Set<String> tags, Set<String> spoken, Set<Long> former) {
        this.expertise = join(tags);
        this.languages = join(spoken);
        this.formerOrganisations = former == null || former.isEmpty() ? null
                : former.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String join(Set<String> values) {
        if (values == null) {
            return null;
        }
        String joined = values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty())
                .distinct().sorted().collect(Collectors.joining(","));
        if (joined.length() > LIST_MAX) {
            throw eu.csep.portal.shared.boundary.Refusal.invalid("expertise", "review.profile.tooLong", LIST_MAX);
        }
        return joined.isEmpty() ? null : joined;
    }

    public static Set<String> split(String list) {
        return list == null || list.isBlank() ? Set.of()
                : Arrays.stream(list.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Long getAccountId() {
        return accountId;
    }

    public Set<String> expertise() {
        return split(expertise);
    }

    public Set<String> languages() {
        return split(languages);
    }

    public Set<Long> formerOrganisations() {
        return split(formerOrganisations).stream().map(Long::valueOf).collect(Collectors.toSet());
    }

    public String getExpertise() {
        return expertise;
    }

    public String getLanguages() {
        return languages;
    }
}
