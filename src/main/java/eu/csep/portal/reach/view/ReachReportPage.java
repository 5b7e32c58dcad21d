package eu.csep.portal.reach.view;

import eu.csep.portal.reach.boundary.Campaigns;
import eu.csep.portal.reach.boundary.KpiCatalogue;
import eu.csep.portal.reach.boundary.ReachReports;
import eu.csep.portal.reach.boundary.ReachViews;
import eu.csep.portal.reach.boundary.ReportRejected;
import eu.csep.portal.reach.control.ReachCsv;
import eu.csep.portal.reach.control.RowInput;
import eu.csep.portal.reach.entity.Channel;
import eu.csep.portal.reach.entity.Platform;
import eu.csep.portal.reach.entity.Provenance;
import eu.csep.portal.reach.entity.ReachCampaign;
import eu.csep.portal.reach.entity.ReachMetric;
import eu.csep.portal.shared.view.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs /applicant/reach-report.xhtml: an NGO member reports a campaign's reach for a period by form (rows of
 * platform, metric, value, provenance) or by CSV file. The page's own idempotency key makes a double submit of the
 * same form harmless ("already stored").
 */
@Named
@ViewScoped
public class ReachReportPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** One form row. */
    public static class Row implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private String platform = Platform.YOUTUBE.name();
        private String metric = "impressions";
        private BigDecimal value;
        private String provenance = Provenance.PLATFORM.name();

        public String getPlatform() {
            return platform;
        }

        public void setPlatform(String platform) {
            this.platform = platform;
        }

        public String getMetric() {
            return metric;
        }

        public void setMetric(String metric) {
            this.metric = metric;
        }

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }

        public String getProvenance() {
            return provenance;
        }

        public void setProvenance(String provenance) {
            this.provenance = provenance;
        }
    }

    @Inject
    Campaigns campaigns;

    @Inject
    ReachReports reports;

    @Inject
    KpiCatalogue catalogue;

    private String campaign;
    private LocalDate from;
    private LocalDate to;
    private boolean correction;
    private String key = UUID.randomUUID().toString();
    private List<Row> rows = new ArrayList<>(List.of(new Row(), new Row(), new Row()));
    private transient UploadedFile file;
    private transient UploadedFile evidence;
    private transient UploadedFile fileEvidence;
    private boolean fileCorrection;
    private transient List<ReachCampaign> mine;
    private transient List<ReachMetric> metrics;

    public void load() {
        List<ReachCampaign> mine = getCampaigns();
        if (campaign == null && !mine.isEmpty()) {
            campaign = mine.get(0).getReference();
        }
        if (from == null) {
            LocalDate month = LocalDate.now().withDayOfMonth(1).minusMonths(1);
            from = month;
            to = month.plusMonths(1).minusDays(1);
        }
    }

    public void addRow() {
        rows.add(new Row());
    }

    public void removeRow(Row row) {
        rows.remove(row);
    }

    public String submit() {
        List<RowInput> inputs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.getValue() != null) {
                inputs.add(new RowInput(i + 1, null, null, r.getPlatform(), r.getMetric(), r.getValue().toPlainString(),
                        r.getProvenance()));
            }
        }
        boolean attached = evidence != null && evidence.getSize() > 0;
        return stored("form", () -> reports.submit(campaign, new ReachReports.Submission(key, from, to, correction,
                Channel.FORM, inputs, null), attached ? evidence.getFileName() : null,
                attached ? evidence.getContent() : null));
    }

    public String upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error("upload:file", "reach.csv.empty");
            return null;
        }
        byte[] content;
        try {
            content = file.getContent();
        } catch (RuntimeException e) {
            Messages.error("upload:file", "reach.csv.malformed", "");
            return null;
        }
        boolean attached = fileEvidence != null && fileEvidence.getSize() > 0;
        return stored("upload", () -> reports.submitFile(campaign, new ReachReports.FileReport(null, fileCorrection,
                Channel.CSV, content, null, attached ? fileEvidence.getFileName() : null,
                attached ? fileEvidence.getContent() : null)));
    }

    private String stored(String form, java.util.function.Supplier<ReachReports.Receipt> submission) {
        try {
            return Messages.attemptOrNull(form, () -> {
                ReachReports.Receipt r = submission.get();
                Messages.info(r.alreadyStored() ? "reach.report.already" : "reach.report.stored", r.rows(),
                        r.version());
                if (r.flagged() > 0) {
                    Messages.info("reach.page.flaggedStored", r.flagged());
                }
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                return "/applicant/reach?faces-redirect=true&campaign=" + java.net.URLEncoder.encode(campaign,
                        java.nio.charset.StandardCharsets.UTF_8);
            });
        } catch (ReportRejected rejected) { // not a refusal: attempt lets it through to here
            FacesContext faces = FacesContext.getCurrentInstance();
            java.util.Locale locale = faces.getViewRoot().getLocale();
            faces.addMessage(form + ":messages", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    eu.csep.portal.shared.control.Texts.get(locale, "reach.rejected", rejected.total()), null));
            rejected.errors().stream().limit(100).forEach(e -> {
                var fe = ReachViews.error(e, locale);
                faces.addMessage(form + ":messages",
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, fe.field() + " — " + fe.message(), null));
            });
            faces.validationFailed();
            return null;
        }
    }

    public List<ReachCampaign> getCampaigns() {
        if (mine == null) {
            mine = campaigns.visible();
        }
        return mine;
    }

    public List<ReachMetric> getMetrics() {
        if (metrics == null) {
            metrics = catalogue.all().stream().filter(m -> m.isActive() && m.getKind().typed()).toList();
        }
        return metrics;
    }

    public Platform[] getPlatforms() {
        return Platform.values();
    }

    public Provenance[] getProvenances() {
        return Provenance.values();
    }

    public String getColumns() {
        return ReachCsv.COLUMNS;
    }

    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
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

    public boolean isCorrection() {
        return correction;
    }

    public void setCorrection(boolean correction) {
        this.correction = correction;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public List<Row> getRows() {
        return rows;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public UploadedFile getEvidence() {
        return evidence;
    }

    public void setEvidence(UploadedFile evidence) {
        this.evidence = evidence;
    }

    public UploadedFile getFileEvidence() {
        return fileEvidence;
    }

    public void setFileEvidence(UploadedFile fileEvidence) {
        this.fileEvidence = fileEvidence;
    }

    public boolean isFileCorrection() {
        return fileCorrection;
    }

    public void setFileCorrection(boolean fileCorrection) {
        this.fileCorrection = fileCorrection;
    }

}
