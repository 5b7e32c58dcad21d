package eu.csep.portal.shared.audit.view;

import eu.csep.portal.shared.audit.boundary.AuditFilter;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.audit.entity.AuditEntry;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Backs /audit/log.xhtml: the audit log, filtered, sorted and paged in the database, exportable as CSV. */
@Named
@ViewScoped
public class AuditLogPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail trail;

    private String actor;
    private String action;
    private String targetType;
    private String targetId;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<AuditEntry> entries = new LazyDataModel<>() {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, trail.count(filter()));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return trail.search(filter(), first, pageSize, sort == null ? "occurredAt" : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.ASCENDING);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }

        @Override
        public AuditEntry getRowData(String rowKey) {
            return null;
        }
    };

    AuditFilter filter() {
        return new AuditFilter(actor, action, targetType, targetId, from, to);
    }

    public void clear() {
        actor = action = targetType = targetId = null;
        from = to = null;
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getTargetType() {
        return targetType;
    }

    public void setTargetType(String targetType) {
        this.targetType = targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public void setTargetId(String targetId) {
        this.targetId = targetId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
