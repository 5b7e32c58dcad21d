package eu.csep.portal.reach.view;

import eu.csep.portal.documents.boundary.StoredFileInfo;
import eu.csep.portal.reach.boundary.ReachReports;
import eu.csep.portal.reach.boundary.Campaigns;
import eu.csep.portal.reach.boundary.KpiCatalogue;
import eu.csep.portal.reach.boundary.ReachDashboards;
import eu.csep.portal.reach.control.Progress;
import eu.csep.portal.reach.entity.Platform;
import eu.csep.portal.reach.entity.ReachCampaign;
import eu.csep.portal.shared.view.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Backs /applicant/reach.xhtml and /officer/reach-campaign.xhtml: one campaign against the targets its proposal
 * promised (KPI table with traffic lights and trends, funnel, impressions per platform over time, derived metrics,
 * flagged figures) and its reports, every version.
 */
@Named
@ViewScoped
public class CampaignDashboardPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#c62828", "#1565c0", "#6a1b9a", "#00897b", "#37474f", "#0288d1",
        "#f9a825", "#2e7d32", "#8d6e63", "#9e9e9e"};

    @Inject
    Campaigns campaigns;

    @Inject
    ReachDashboards dashboards;

    @Inject
    KpiCatalogue catalogue;

    @Inject
    ReachReports reports;

    private transient Map<String, String> metricNames;

    private String campaign;
    private transient List<ReachCampaign> visible;
    private transient ReachDashboards.CampaignDashboard dashboard;
    private transient List<StoredFileInfo> evidence;

    public void load() {
        List<ReachCampaign> visible = getCampaigns();
        if ((campaign == null || campaign.isBlank()) && !visible.isEmpty()) {
            campaign = visible.get(0).getReference();
        }
        if (campaign != null) {
            Messages.attempt("dashboard", () -> {
                dashboard = dashboards.campaign(campaign);
            });
        }
    }

    /** The evidence files the campaign's reports name. */
    public List<StoredFileInfo> getEvidence() {
        if (evidence == null) {
            evidence = campaign == null ? List.of() : reports.evidence(campaign);
        }
        return evidence;
    }

    public ReachDashboards.CampaignDashboard getDashboard() {
        if (dashboard == null && campaign != null) {
            dashboard = dashboards.campaign(campaign);
        }
        return dashboard;
    }

    /** The catalogue's name of a KPI code ("engagements" is the proposal's sum of engagement counts). */
    public String metric(String code) {
        if (metricNames == null) {
            metricNames = new java.util.HashMap<>();
            catalogue.all().forEach(m -> metricNames.put(m.getCode(), m.getName()));
            metricNames.put(Progress.ENGAGEMENTS_KPI, text("reach.programme.engagements"));
        }
        return metricNames.getOrDefault(code, code);
    }

    public String platform(String code) {
        return Platform.valueOf(code).label();
    }

    public String lightClass(Progress.Light light) {
        return "reach-light reach-light-" + light.name().toLowerCase(java.util.Locale.ROOT);
    }

    public String trendIcon(Progress.Trend trend) {
        return switch (trend) {
            case UP -> "pi pi-arrow-up-right";
            case DOWN -> "pi pi-arrow-down-right";
            case FLAT -> "pi pi-arrow-right";
            case NONE -> "pi pi-minus";
        };
    }

    /** Chart.js: the campaign's impressions per month, one line per platform. */
    public String getSeriesChart() {
        Map<String, Map<LocalDate, BigDecimal>> series = getDashboard().view().series();
        TreeSet<LocalDate> months = new TreeSet<>();
        series.values().forEach(m -> months.addAll(m.keySet()));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        months.forEach(m -> labels.add(m.toString().substring(0, 7)));
        JsonArrayBuilder sets = Json.createArrayBuilder();
        int i = 0;
        for (Map.Entry<String, Map<LocalDate, BigDecimal>> e : series.entrySet()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            months.forEach(m -> data.add(e.getValue().getOrDefault(m, BigDecimal.ZERO)));
            String colour = COLOURS[i++ % COLOURS.length];
            sets.add(Json.createObjectBuilder().add("label", platform(e.getKey())).add("borderColor", colour)
                    .add("backgroundColor", colour).add("data", data));
        }
        return chart("line", labels, sets);
    }

    /** Chart.js: awareness, engagement, impact. */
    public String getFunnelChart() {
        Progress.Funnel f = getDashboard().view().funnel();
        JsonArrayBuilder labels = Json.createArrayBuilder().add(text("reach.page.awareness"))
                .add(text("reach.page.engagement")).add(text("reach.page.impact"));
        JsonArrayBuilder data = Json.createArrayBuilder().add(f.awareness()).add(f.engagement()).add(f.impact());
        return chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", text("reach.page.funnel")).add("backgroundColor", "#1565c0").add("data", data)));
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets) {
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("animation", false)
                .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)));
        return Json.createObjectBuilder().add("type", type).add("data", Json.createObjectBuilder().add("labels", labels)
                .add("datasets", datasets)).add("options", options).build().toString();
    }

    private static String text(String key) {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        return eu.csep.portal.shared.control.Texts.get(faces.getViewRoot().getLocale(), key);
    }

    public List<ReachCampaign> getCampaigns() {
        if (visible == null) {
            visible = campaigns.visible();
        }
        return visible;
    }

    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
    }
}
