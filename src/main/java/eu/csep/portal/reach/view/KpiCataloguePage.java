package eu.csep.portal.reach.view;

import eu.csep.portal.reach.boundary.KpiCatalogue;
import eu.csep.portal.reach.entity.MetricKind;
import eu.csep.portal.reach.entity.ReachMetric;
import eu.csep.portal.reach.entity.Tier;
import eu.csep.portal.shared.view.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** Backs /officer/kpis.xhtml: the KPI catalogue; officers reword metrics, switch them off and add typed ones. */
@Named
@ViewScoped
public class KpiCataloguePage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    KpiCatalogue catalogue;

    private transient List<ReachMetric> metrics;
    private String code;
    private String name;
    private String definition;
    private String unit;
    private Tier tier = Tier.ENGAGEMENT;
    private MetricKind kind = MetricKind.COUNT;
    private boolean active = true;
    private long version;
    private boolean adding;

    public List<ReachMetric> getMetrics() {
        if (metrics == null) {
            metrics = catalogue.all();
        }
        return metrics;
    }

    public void edit(ReachMetric m) {
        adding = false;
        code = m.getCode();
        name = m.getName();
        definition = m.getDefinition();
        unit = m.getUnit();
        tier = m.getTier();
        kind = m.getKind();
        active = m.isActive();
        version = m.getVersion();
    }

    public void startAdding() {
        adding = true;
        code = null;
        name = null;
        definition = null;
        unit = "count";
        tier = Tier.ENGAGEMENT;
        kind = MetricKind.COUNT;
        active = true;
    }

    public void save() {
        Messages.attempt("metric", () -> {
            KpiCatalogue.Description d = new KpiCatalogue.Description(name, definition, unit, tier, active, version);
            ReachMetric m = adding ? catalogue.add(code, kind, d) : catalogue.describe(code, d);
            Messages.info("reach.kpis.saved", m.getName());
            metrics = null;
            code = null;
            adding = false;
        });
    }

    public List<Tier> getTiers() {
        return Arrays.asList(Tier.values());
    }

    public List<MetricKind> getKinds() {
        return Arrays.stream(MetricKind.values()).filter(MetricKind::typed).toList();
    }

    public boolean isEditing() {
        return code != null || adding;
    }

    public boolean isAdding() {
        return adding;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Tier getTier() {
        return tier;
    }

    public void setTier(Tier tier) {
        this.tier = tier;
    }

    public MetricKind getKind() {
        return kind;
    }

    public void setKind(MetricKind kind) {
        this.kind = kind;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
