package eu.csep.portal.hashmatch.view;

import eu.csep.portal.hashmatch.boundary.HashImports;
import eu.csep.portal.hashmatch.boundary.HashLists;
import eu.csep.portal.hashmatch.boundary.ImportRejected;
import eu.csep.portal.hashmatch.entity.HashEntry;
import eu.csep.portal.hashmatch.entity.ImportJob;
import eu.csep.portal.hashmatch.entity.HashList;
import eu.csep.portal.shared.boundary.Refusal;
import eu.csep.portal.shared.view.Messages;
import eu.csep.portal.shared.view.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Backs /hashadmin/list.xhtml?id=N: one list, its entries (paged, sorted and searched by hash prefix, label and
 * contributor in the database), adding a pasted hash, disabling and enabling entries.
 */
@Named
@ViewScoped
public class HashListPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    HashLists lists;

    @Inject
    HashImports imports;

    @Inject
    eu.csep.portal.hashmatch.boundary.ImportJobs jobs;

    @Inject
    eu.csep.portal.hashmatch.boundary.ImportRunner runner;

    private Long jobId;
    private String jobOutcome;
    private String jobFileName;
    private boolean jobFailed;

    private transient org.primefaces.model.file.UploadedFile csv;
    private boolean perLine;
    private String format = "hma-csv";
    private transient org.primefaces.model.file.UploadedFile media;
    private String mediaLabels;

    @Inject
    eu.csep.portal.hashmatch.boundary.Matcher matcher;

    private Long id;
    private transient HashList list;

    private String prefix;
    private String label;
    private String contributor;

    private String type = "pdq";
    private String hash;
    private Integer quality;
    private String labels;
    private String entryContributor;
    private String note;

    private final LazyDataModel<HashEntry> entries = new LazyDataModel<>() {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, lists.countEntries(id, filter()));
        }

        @Override
        public List<HashEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return lists.searchEntries(id, filter(), first, pageSize, sort == null ? "createdAt" : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.ASCENDING);
        }

        @Override
        public String getRowKey(HashEntry entry) {
            return String.valueOf(entry.getId());
        }

        @Override
        public HashEntry getRowData(String rowKey) {
            return null;
        }
    };

    /** View action: a missing or unknown id answers 404. */
    public void load() throws IOException {
        try {
            if (id == null) {
                throw Refusal.notFound("hashmatch.list.unknown");
            }
            list = lists.find(id);
        } catch (RuntimeException e) {
            Pages.notFound();
        }
    }

    HashLists.EntryFilter filter() {
        return new HashLists.EntryFilter(prefix, label, contributor, null);
    }

    public void add() {
        Messages.attempt("add", () -> {
            HashEntry e = lists.addEntry(id, new HashLists.EntryDraft(type, hash, quality, labels, entryContributor,
                    null, note));
            Messages.info("hashmatch.entry.added", e.getHashHex());
            hash = null;
            quality = null;
            note = null;
        });
    }

    /** Imports the uploaded HMA CSV; a rejected import shows its bad lines (the first 50) on the page. */
    public void importCsv() {
        if (csv == null || csv.getSize() == 0) {
            Messages.error("import:csv", "hashmatch.file.required");
            return;
        }
        HashImports.Mode mode = perLine ? HashImports.Mode.PER_LINE : HashImports.Mode.ALL_OR_NOTHING;
        HashImports.Format fmt = HashImports.Format.of(format).orElse(HashImports.Format.HMA_CSV);
        // files larger than this (default 1 MiB) are imported in the background, with a progress bar
        long backgroundAbove = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("hashmatch.import.background-above-bytes", Long.class).orElse(1_048_576L);
        if (csv.getSize() > backgroundAbove) {
            startJob(mode, fmt);
            return;
        }
        try (java.io.InputStream in = csv.getInputStream()) {
            Messages.attempt("import", () -> {
                HashImports.ImportResult r = imports.importHashes(id, in, csv.getFileName(), mode, fmt);
                Messages.info("hashmatch.import.done", r.imported(), r.alreadyPresent());
                if (r.enabled() + r.disabled() > 0) {
                    Messages.info("hashmatch.import.synced", r.enabled(), r.disabled());
                }
                if (r.rejected() > 0) {
                    Messages.error("import:csv", "hashmatch.import.partly", r.rejected());
                    showLines(r.errors());
                }
            });
        } catch (ImportRejected rejected) { // not a refusal: attempt lets it through to here
            Messages.error("import:csv", "hashmatch.import.rejected", rejected.total());
            showLines(rejected.errors());
        } catch (IOException e) {
            Messages.error("import:csv", "hashmatch.file.unreadable");
        }
    }

    /** A long file: kept in a temporary file on this node and imported in the background; the page polls. */
    private void startJob(HashImports.Mode mode, HashImports.Format fmt) {
        try (java.io.InputStream in = csv.getInputStream()) {
            ImportJob job = Messages.attemptOrNull("import", () -> {
                try {
                    return runner.start(id, in, csv.getFileName(), mode, fmt,
                            jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            if (job != null) {
                jobId = job.getId();
                jobOutcome = null;
                jobFileName = csv.getFileName();
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            Messages.error("import:csv", "hashmatch.file.unreadable");
        }
    }

    /** The running import's progress, 0..100, read from the database (any cluster node can answer). */
    public int getJobPercent() {
        return jobId == null ? 0 : jobs.job(jobId).percent();
    }

    /** The progress bar reached 100: show what the import did and refresh the list. */
    public void importFinished() {
        if (jobId == null) {
            return;
        }
        ImportJob job = jobs.job(jobId);
        jobOutcome = job.getOutcome();
        jobFailed = job.getStatus() == ImportJob.Status.FAILED;
        list = null;
    }

    public Long getJobId() {
        return jobId;
    }

    public boolean isJobRunning() {
        return jobId != null && jobOutcome == null;
    }

    public String getJobFileName() {
        return jobFileName;
    }

    public String getJobOutcome() {
        return jobOutcome;
    }

    public boolean isJobFailed() {
        return jobFailed;
    }

    private static void showLines(List<eu.csep.portal.hashmatch.control.HmaCsv.LineError> errors) {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        java.util.Locale locale = faces.getViewRoot().getLocale();
        errors.stream().limit(50).forEach(e -> faces.addMessage("import:csv",
                new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                        "line " + e.line() + " (" + e.column() + "): "
                                + eu.csep.portal.shared.control.Texts.get(locale, e.messageKey(), e.arguments()),
                        null)));
    }

    public boolean isPerLine() {
        return perLine;
    }

    public void setPerLine(boolean perLine) {
        this.perLine = perLine;
    }

    /** "hma-csv" (default), "lines" ("&lt;type&gt; &lt;hash&gt;" per line) or "json" (the sync export). */
    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public org.primefaces.model.file.UploadedFile getCsv() {
        return csv;
    }

    public void setCsv(org.primefaces.model.file.UploadedFile csv) {
        this.csv = csv;
    }

    /** Adds the hashes of an uploaded file, hashed on the server. */
    public void addMedia() {
        if (media == null || media.getSize() == 0) {
            Messages.error("media:file", "hashmatch.file.required");
            return;
        }
        try (java.io.InputStream in = media.getInputStream()) {
            byte[] data = in.readNBytes(50 * 1024 * 1024 + 1);
            if (data.length > 50 * 1024 * 1024) {
                Messages.error("media:file", "hashmatch.file.tooLarge", 50);
                return;
            }
            Messages.attempt("media", () -> {
                List<HashEntry> added = lists.addMedia(id, matcher.hash(data), mediaLabels, null, null);
                Messages.info("hashmatch.media.added", added.size());
            });
        } catch (IOException e) {
            Messages.error("media:file", "hashmatch.file.unreadable");
        }
    }

    public String getMediaLabels() {
        return mediaLabels;
    }

    public void setMediaLabels(String mediaLabels) {
        this.mediaLabels = mediaLabels;
    }

    public org.primefaces.model.file.UploadedFile getMedia() {
        return media;
    }

    public void setMedia(org.primefaces.model.file.UploadedFile media) {
        this.media = media;
    }

    public void toggle(long entryId, boolean enabled) {
        Messages.attempt("entriesForm", () -> {
            lists.setEntryEnabled(entryId, enabled);
            Messages.info(enabled ? "hashmatch.entry.enabled" : "hashmatch.entry.disabled");
        });
    }

    public List<eu.csep.portal.shared.audit.entity.AuditEntry> history(long entryId) {
        return lists.history(entryId);
    }

    public void clear() {
        prefix = label = contributor = null;
    }

    public HashList getList() {
        if (list == null && id != null) {
            list = lists.find(id);
        }
        return list;
    }

    public LazyDataModel<HashEntry> getEntries() {
        return entries;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getContributor() {
        return contributor;
    }

    public void setContributor(String contributor) {
        this.contributor = contributor;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getHash() {
        return hash;
    }

    public void setHash(String hash) {
        this.hash = hash;
    }

    public Integer getQuality() {
        return quality;
    }

    public void setQuality(Integer quality) {
        this.quality = quality;
    }

    public String getLabels() {
        return labels;
    }

    public void setLabels(String labels) {
        this.labels = labels;
    }

    public String getEntryContributor() {
        return entryContributor;
    }

    public void setEntryContributor(String entryContributor) {
        this.entryContributor = entryContributor;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
