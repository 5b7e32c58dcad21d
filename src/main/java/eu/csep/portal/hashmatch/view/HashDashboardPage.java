package eu.csep.portal.hashmatch.view;

import eu.csep.portal.hashmatch.boundary.HashLists;
import eu.csep.portal.hashmatch.entity.HashList;
import eu.csep.portal.shared.view.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** Backs /hashadmin/dashboard.xhtml: the hash lists with their counts, and a form for a new list. */
@Named
@ViewScoped
public class HashDashboardPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    HashLists lists;

    private transient List<HashLists.ListSummary> summaries;

    private String name;
    private String description;
    private String contentTypes;
    private String entityLabel;
    private String behaviours;
    private Integer threshold = HashList.DEFAULT_PDQ_THRESHOLD;

    public List<HashLists.ListSummary> getSummaries() {
        if (summaries == null) {
            summaries = lists.lists();
        }
        return summaries;
    }

    public String create() {
        return Messages.attemptOrNull("newList", () -> {
            HashList list = lists.create(new HashLists.ListDraft(name, description, "MANUAL", contentTypes, entityLabel,
                    behaviours, threshold));
            Messages.info("hashmatch.list.created", list.getName());
            return "/hashadmin/list?faces-redirect=true&id=" + list.getId();
        });
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getContentTypes() {
        return contentTypes;
    }

    public void setContentTypes(String contentTypes) {
        this.contentTypes = contentTypes;
    }

    public String getEntityLabel() {
        return entityLabel;
    }

    public void setEntityLabel(String entityLabel) {
        this.entityLabel = entityLabel;
    }

    public String getBehaviours() {
        return behaviours;
    }

    public void setBehaviours(String behaviours) {
        this.behaviours = behaviours;
    }

    public Integer getThreshold() {
        return threshold;
    }

    public void setThreshold(Integer threshold) {
        this.threshold = threshold;
    }
}
