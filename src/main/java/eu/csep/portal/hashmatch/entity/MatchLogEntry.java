package eu.csep.portal.hashmatch.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * One lookup against the lists: who asked, from where, with which hashes, and what matched
 * ({@code entryId:distance:variant;...}). An admin may judge it a true or false positive.
 */
@Entity
@Table(name = "match_log")
public class MatchLogEntry {

    public static final int MATCHES_MAX = 4000;

    @Id
    @SequenceGenerator(name = "match_log_seq", sequenceName = "match_log_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "match_log_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, length = 254)
    private String actor;

    @Column(name = "query_source", nullable = false, length = 200)
    private String querySource;

    @Column(name = "query_hashes", nullable = false, length = 1000)
    private String queryHashes;

    private Integer quality;

    @Column(name = "match_count", nullable = false)
    private int matchCount;

    @Column(length = MATCHES_MAX)
    private String matches;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Verdict verdict;

    @Column(name = "verdict_by", length = 254)
    private String verdictBy;

    @Column(name = "verdict_at")
    private OffsetDateTime verdictAt;

    @Version
    private long version;

    protected MatchLogEntry() {
    }

    public MatchLogEntry(String actor, String querySource, String queryHashes, Integer quality, int matchCount,
            String matches, OffsetDateTime now) {
        this.actor = actor;
        this.querySource = cut(querySource, 200);
        this.queryHashes = cut(queryHashes, 1000);
        this.quality = quality;
        this.matchCount = matchCount;
        this.matches = cut(matches, MATCHES_MAX);
        this.occurredAt = now;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

    public void judge(Verdict verdict, String by, OffsetDateTime now) {
        this.verdict = verdict;
        this.verdictBy = by;
        this.verdictAt = now;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getQuerySource() {
        return querySource;
    }

    public String getQueryHashes() {
        return queryHashes;
    }

    public Integer getQuality() {
        return quality;
    }

    public int getMatchCount() {
        return matchCount;
    }

    public String getMatches() {
        return matches;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getVerdictBy() {
        return verdictBy;
    }

    public OffsetDateTime getVerdictAt() {
        return verdictAt;
    }
}
