package eu.csep.portal.hashmatch.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serial;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A hash list ("bank"): a named set of hashes with its own PDQ match threshold, labels taxonomy and on/off
 * switch. Disabled lists keep their entries but match nothing.
 */
@Entity
@Table(name = "hash_list")
@NamedQuery(name = HashList.ALL, query = "SELECT l FROM HashList l ORDER BY l.name")
@NamedQuery(name = HashList.BY_NAME, query = "SELECT l FROM HashList l WHERE LOWER(l.name) = LOWER(:name)")
public class HashList implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String ALL = "HashList.all";
    public static final String BY_NAME = "HashList.byName";
    public static final int NAME_MAX = 100;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int DEFAULT_PDQ_THRESHOLD = 31;
    public static final int MAX_PDQ_THRESHOLD = 128;

    @Id
    @SequenceGenerator(name = "hash_list_seq", sequenceName = "hash_list_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hash_list_seq")
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(nullable = false, length = 254)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ListSource source;

    /** Comma-separated content types of the taxonomy: image, video, pdf, url. */
    @Column(name = "content_types", length = 100)
    private String contentTypes;

    /** The organisation that produced the content. */
    @Column(name = "entity_label", length = 200)
    private String entityLabel;

    /** Comma-separated behaviours: instruction, glorification, recruitment, threat, ... */
    @Column(length = 500)
    private String behaviours;

    @Column(name = "pdq_threshold", nullable = false)
    private int pdqThreshold;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected HashList() {
    }

    public HashList(String name, String owner, ListSource source, OffsetDateTime now) {
        this.name = name;
        this.owner = owner;
        this.source = source;
        this.pdqThreshold = DEFAULT_PDQ_THRESHOLD;
        this.enabled = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(String description, String contentTypes, String entityLabel, String behaviours,
            OffsetDateTime now) {
        this.description = description;
        this.contentTypes = contentTypes;
        this.entityLabel = entityLabel;
        this.behaviours = behaviours;
        this.updatedAt = now;
    }

    public void rename(String name, OffsetDateTime now) {
        this.name = name;
        this.updatedAt = now;
    }

    public void setThreshold(int threshold, OffsetDateTime now) {
        if (threshold < 0 || threshold > MAX_PDQ_THRESHOLD) {
            throw new IllegalArgumentException("PDQ threshold must be 0.." + MAX_PDQ_THRESHOLD);
        }
        this.pdqThreshold = threshold;
        this.updatedAt = now;
    }

    public void setEnabled(boolean enabled, OffsetDateTime now) {
        this.enabled = enabled;
        this.updatedAt = now;
    }

    /** A one-line picture of the list for the audit log. */
    public String auditText() {
        return "name=" + name + ", source=" + source + ", threshold=" + pdqThreshold + ", enabled=" + enabled
                + ", contentTypes=" + contentTypes + ", entity=" + entityLabel + ", behaviours=" + behaviours
                + ", description=" + (description == null ? null : description.length() > 200
                        ? description.substring(0, 200) + "..." : description);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public ListSource getSource() {
        return source;
    }

    public String getContentTypes() {
        return contentTypes;
    }

    public String getEntityLabel() {
        return entityLabel;
    }

    public String getBehaviours() {
        return behaviours;
    }

    public int getPdqThreshold() {
        return pdqThreshold;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
