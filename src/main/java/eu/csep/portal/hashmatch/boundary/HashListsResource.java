package eu.csep.portal.hashmatch.boundary;

import eu.csep.portal.hashmatch.entity.HashEntry;
import eu.csep.portal.hashmatch.entity.HashList;
import eu.csep.portal.hashmatch.entity.ImportJob;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Hash lists and their entries over REST, for hash admins; thin on top of {@link HashLists}. */
@Path("hash-lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "hashmatch")
public class HashListsResource {

    public record ListView(long id, String name, String description, String owner, String source,
            String contentTypes, String entityLabel, String behaviours, int threshold, boolean enabled,
            Long entries, Long enabledEntries) {
        static ListView of(HashList l, Long entries, Long enabledEntries) {
            return new ListView(l.getId(), l.getName(), l.getDescription(), l.getOwner(), l.getSource().name(),
                    l.getContentTypes(), l.getEntityLabel(), l.getBehaviours(), l.getPdqThreshold(), l.isEnabled(),
                    entries, enabledEntries);
        }
    }

    public record EntryView(long id, long listId, String type, String hash, Integer quality, String labels,
            String contributor, String externalId, String note, boolean enabled, OffsetDateTime createdAt,
            String createdBy, OffsetDateTime disabledAt, String disabledBy) {
        static EntryView of(HashEntry e) {
            return new EntryView(e.getId(), e.getList().getId(), e.getSignalType().code(), e.getHashHex(),
                    e.getQuality(), e.getLabels(), e.getContributor(), e.getExternalId(), e.getNote(), e.isEnabled(),
                    e.getCreatedAt(), e.getCreatedBy(), e.getDisabledAt(), e.getDisabledBy());
        }
    }

    public record EntryPage(long total, int first, List<EntryView> entries) {
    }

    public record Switch(boolean enabled) {
    }

    @Inject
    HashLists lists;

    @Inject
    HashImports imports;

    @Inject
    ImportRunner runner;

    @Inject
    ImportJobs jobs;

    @Inject
    Matcher matcher;

    @Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "All hash lists with their entry counts")
    public List<ListView> all() {
        return lists.lists().stream().map(s -> ListView.of(s.list(), s.entries(), s.enabledEntries())).toList();
    }

    @POST
    @Operation(summary = "Create a hash list (threshold defaults to 31)")
    public Response create(HashLists.ListDraft draft) {
        HashList list = lists.create(draft == null ? new HashLists.ListDraft(null, null, null, null, null, null, null) : draft);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(list.getId())).build())
                .entity(ListView.of(list, 0L, 0L)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One hash list")
    public ListView one(@PathParam("id") long id) {
        return ListView.of(lists.find(id), null, null);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a hash list's name, description, labels taxonomy or threshold")
    public ListView update(@PathParam("id") long id, HashLists.ListDraft draft) {
        return ListView.of(lists.update(id, draft), null, null);
    }

    @PUT
    @Path("{id}/enabled")
    @Operation(summary = "Enable or disable a whole list")
    public ListView enable(@PathParam("id") long id, Switch s) {
        return ListView.of(lists.setListEnabled(id, s != null && s.enabled()), null, null);
    }

    @GET
    @Path("{id}/entries")
    @Operation(summary = "A page of the list's entries, searched by hash prefix, label and contributor")
    public EntryPage entries(@PathParam("id") long id, @QueryParam("prefix") String prefix,
            @QueryParam("label") String label, @QueryParam("contributor") String contributor,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        lists.find(id);
        HashLists.EntryFilter filter = new HashLists.EntryFilter(prefix, label, contributor, null);
        return new EntryPage(lists.countEntries(id, filter), first,
                lists.searchEntries(id, filter, first, size, "createdAt", false).stream().map(EntryView::of).toList());
    }

    @POST
    @Path("{id}/entries")
    @Operation(summary = "Add a pasted hash (pdq: 64 hex digits, md5: 32, sha256: 64) to the list")
    public Response add(@PathParam("id") long id, HashLists.EntryDraft draft) {
        HashEntry entry = lists.addEntry(id, draft == null
                ? new HashLists.EntryDraft(null, null, null, null, null, null, null) : draft);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(entry.getId())).build())
                .entity(EntryView.of(entry)).build();
    }

    @POST
    @Path("{id}/media")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "image/*", "video/*", "application/pdf"})
    @Operation(summary = "Add an uploaded file's hashes (PDQ if it is an image, MD5, SHA-256), hashed on the server")
    public Response addMedia(@PathParam("id") long id, java.io.InputStream body,
            @QueryParam("labels") String labels, @QueryParam("contributor") String contributor) {
        List<EntryView> added = lists.addMedia(id, matcher.hash(HashesResource.read(body)), labels, contributor, null)
                .stream().map(EntryView::of).toList();
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    public record LineProblem(long line, String column, String message) {
    }

    /** {@code enabled}, {@code disabled} and {@code checkpoint} (the source's "next") come from a JSON sync import. */
    public record ImportAnswer(long imported, long alreadyPresent, long rejected, List<LineProblem> errors,
            long enabled, long disabled, String checkpoint) {
    }

    @POST
    @Path("{id}/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @Operation(summary = "Import an HMA CSV (signal_type,signal_str,collab,category,tags) all or nothing; "
            + "bad lines come back as problem+json errors named 'line N: column'; mode=per-line imports the good lines and lists the bad; "
            + "format=lines reads the one-per-line '<type> <hash>' file instead; format=json reads the JSON sync document "
            + "that GET {id}/export answers (entries with deleted flags: deleted ones are disabled here, undeleted re-enabled)")
    public Response importCsv(@PathParam("id") long id, java.io.InputStream body,
            @jakarta.ws.rs.HeaderParam("X-File-Name") String fileName, @QueryParam("mode") String mode,
            @QueryParam("format") String format) {
        java.util.Locale locale = locale();
        HashImports.Mode m = mode(mode);
        HashImports.Format f = format(format);
        try {
            HashImports.ImportResult result = imports.importHashes(id, body, fileName, m, f);
            return Response.ok(new ImportAnswer(result.imported(), result.alreadyPresent(), result.rejected(),
                    result.errors().stream().map(e -> new LineProblem(e.line(), e.column(),
                            eu.csep.portal.shared.control.Texts.get(locale, e.messageKey(), e.arguments()))).toList(),
                    result.enabled(), result.disabled(), result.checkpoint()))
                    .build();
        } catch (ImportRejected rejected) {
            List<eu.csep.portal.shared.boundary.Problem.FieldError> errors = rejected.errors().stream()
                    .map(e -> new eu.csep.portal.shared.boundary.Problem.FieldError("line " + e.line() + ": " + e.column(),
                            eu.csep.portal.shared.control.Texts.get(locale, e.messageKey(), e.arguments())))
                    .toList();
            return eu.csep.portal.shared.boundary.Problem.response(Response.Status.BAD_REQUEST,
                    eu.csep.portal.shared.control.Texts.get(locale, "hashmatch.import.rejected", rejected.total()), errors);
        }
    }

    /** An import running in the background; {@code outcome} is the report once it is DONE or FAILED. */
    public record ImportJobView(long id, long listId, String fileName, String format, String mode, String status,
            int percent, long readBytes, long totalBytes, String outcome, String startedBy, OffsetDateTime startedAt,
            OffsetDateTime finishedAt) {
        static ImportJobView of(ImportJob j) {
            return new ImportJobView(j.getId(), j.getListId(), j.getFilename(), j.getFormat(), j.getMode(),
                    j.getStatus().name(), j.percent(), j.getReadBytes(), j.getTotalBytes(), j.getOutcome(),
                    j.getStartedBy(), j.getStartedAt(), j.getFinishedAt());
        }
    }

    @POST
    @Path("{id}/import-jobs")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @Operation(summary = "Start the same import as POST {id}/import in the background, for files too long for one "
            + "request (1,000,000 lines take about a minute and a half): answers 202 with the job and its Location; "
            + "poll GET import-jobs/{jobId} until status is DONE or FAILED, then read the outcome (the counts, or "
            + "the bad lines)")
    public Response startImport(@PathParam("id") long id, java.io.InputStream body,
            @jakarta.ws.rs.HeaderParam("X-File-Name") String fileName, @QueryParam("mode") String mode,
            @QueryParam("format") String format) {
        HashImports.Mode m = mode(mode);
        HashImports.Format f = format(format);
        ImportJob job;
        try {
            job = runner.start(id, body, fileName, m, f, locale());
        } catch (java.io.IOException e) {
            throw eu.csep.portal.shared.boundary.Refusal.invalid("file", "hashmatch.file.unreadable");
        }
        return Response.accepted(ImportJobView.of(job))
                .location(uri.getBaseUriBuilder().path("hash-lists/import-jobs/{job}").build(job.getId())).build();
    }

    @GET
    @Path("import-jobs/{jobId}")
    @Operation(summary = "An import job as it stands: RUNNING with its percent, or DONE / FAILED with the outcome")
    public ImportJobView importJob(@PathParam("jobId") long jobId) {
        return ImportJobView.of(jobs.job(jobId));
    }

    private java.util.Locale locale() {
        return headers.getAcceptableLanguages().isEmpty() ? java.util.Locale.ENGLISH
                : eu.csep.portal.shared.control.Texts.supported(headers.getAcceptableLanguages().get(0));
    }

    private static HashImports.Mode mode(String mode) {
        if (mode == null || mode.isBlank() || mode.equalsIgnoreCase("all-or-nothing")) {
            return HashImports.Mode.ALL_OR_NOTHING;
        }
        if (mode.equalsIgnoreCase("per-line")) {
            return HashImports.Mode.PER_LINE;
        }
        throw eu.csep.portal.shared.boundary.Refusal.invalid("mode", "hashmatch.import.mode");
    }

    private static HashImports.Format format(String format) {
        return HashImports.Format.of(format)
                .orElseThrow(() -> eu.csep.portal.shared.boundary.Refusal.invalid("format", "hashmatch.import.format"));
    }

    public record SyncEntry(long id, String type, String hash, Integer quality, String labels, String contributor,
            boolean deleted, OffsetDateTime updatedAt) {
    }

    /** {@code next}: pass its updatedAt and id as updated_after and after_id to get the following changes. */
    public record SyncPage(long listId, List<SyncEntry> entries, Checkpoint next) {
    }

    public record Checkpoint(OffsetDateTime updatedAfter, long afterId) {
    }

    @GET
    @Path("{id}/export")
    @Operation(summary = "Incremental sync: entries changed after the checkpoint, with deleted (disabled) flags")
    public SyncPage export(@PathParam("id") long id, @QueryParam("updated_after") String updatedAfter,
            @QueryParam("after_id") @DefaultValue("0") long afterId, @QueryParam("size") @DefaultValue("1000") int size) {
        OffsetDateTime after = null;
        if (updatedAfter != null && !updatedAfter.isBlank()) {
            try {
                after = OffsetDateTime.parse(updatedAfter.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw eu.csep.portal.shared.boundary.Refusal.invalid("updated_after", "hashmatch.checkpoint.invalid");
            }
        }
        List<SyncEntry> entries = lists.changes(id, after, afterId, size).stream()
                .map(e -> new SyncEntry(e.getId(), e.getSignalType().code(), e.getHashHex(), e.getQuality(),
                        e.getLabels(), e.getContributor(), !e.isEnabled(), e.getUpdatedAt()))
                .toList();
        Checkpoint next = entries.isEmpty() ? new Checkpoint(after, afterId)
                : new Checkpoint(entries.get(entries.size() - 1).updatedAt(), entries.get(entries.size() - 1).id());
        return new SyncPage(id, entries, next);
    }

    @GET
    @Path("{id}/export.txt")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The list's enabled entries, one '<type> <hash>' per line (types pdq, md5, sha256)")
    public Response exportLines(@PathParam("id") long id) {
        lists.find(id);
        jakarta.ws.rs.core.StreamingOutput body = out -> {
            java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out,
                    java.nio.charset.StandardCharsets.UTF_8));
            long after = 0;
            while (true) {
                List<HashEntry> page = lists.enabledPage(id, after, 5000);
                for (HashEntry e : page) {
                    w.write(eu.csep.portal.hashmatch.control.HashLines.line(e.getSignalType(), e.getHashHex()));
                    w.write('\n');
                    after = e.getId();
                }
                if (page.size() < 5000) {
                    break;
                }
            }
            w.flush();
        };
        return Response.ok(body, MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"hash-list-" + id + ".txt\"").build();
    }

    @GET
    @Path("{id}/export.csv")
    @Produces("text/csv")
    @Operation(summary = "The list's enabled entries as an HMA CSV (signal_type,signal_str,collab,category,tags)")
    public Response exportCsv(@PathParam("id") long id) {
        lists.find(id);
        jakarta.ws.rs.core.StreamingOutput body = out -> {
            java.io.Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
            try (org.apache.commons.csv.CSVPrinter csv = new org.apache.commons.csv.CSVPrinter(w,
                    org.apache.commons.csv.CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
                csv.printRecord("signal_type", "signal_str", "collab", "category", "tags");
                long after = 0;
                while (true) {
                    List<HashEntry> page = lists.enabledPage(id, after, 5000);
                    for (HashEntry e : page) {
                        String type = switch (e.getSignalType()) {
                            case PDQ -> "pdq";
                            case MD5 -> "video_md5";
                            case SHA256 -> "sha256";
                        };
                        csv.printRecord(type, e.getHashHex(), e.getContributor(), null, e.getLabels());
                        after = e.getId();
                    }
                    if (page.size() < 5000) {
                        break;
                    }
                }
            }
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"hash-list-" + id + ".csv\"").build();
    }

    @GET
    @Path("{id}/entries/{entryId}")
    @Operation(summary = "One entry")
    public EntryView entry(@PathParam("id") long id, @PathParam("entryId") long entryId) {
        HashEntry e = lists.entry(entryId);
        if (e.getList().getId() != id) {
            throw eu.csep.portal.shared.boundary.Refusal.notFound("hashmatch.entry.unknown");
        }
        return EntryView.of(e);
    }

    public record HistoryItem(OffsetDateTime occurredAt, String actor, String action, String details) {
    }

    @GET
    @Path("{id}/entries/{entryId}/history")
    @Operation(summary = "An entry's history: who added, disabled and enabled it, with before/after")
    public List<HistoryItem> history(@PathParam("id") long id, @PathParam("entryId") long entryId) {
        entry(id, entryId);
        return lists.history(entryId).stream()
                .map(a -> new HistoryItem(a.getOccurredAt(), a.getActor(), a.getAction(), a.getDetails())).toList();
    }

    @PUT
    @Path("{id}/entries/{entryId}/enabled")
    @Operation(summary = "Disable or re-enable an entry; takes effect for the next lookup on every node")
    public EntryView enableEntry(@PathParam("id") long id, @PathParam("entryId") long entryId, Switch s) {
        entry(id, entryId);
        return EntryView.of(lists.setEntryEnabled(entryId, s != null && s.enabled()));
    }
}
