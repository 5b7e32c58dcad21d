package eu.csep.portal.hashmatch.boundary;

import eu.csep.portal.hashmatch.control.HmaCsv;
import eu.csep.portal.hashmatch.entity.ImportJob;
import eu.csep.portal.shared.boundary.Refusal;
import eu.csep.portal.shared.control.Texts;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a long import in the background on the node that received the file (kept in a temporary file there
 * until the import ends), reporting the bytes read to its {@link ImportJobs} row about once a second. The
 * import itself is the ordinary {@link HashImports} transaction: all or nothing, or per line. Started by the list
 * page for large files and by the REST API's import jobs.
 */
@Stateless
@RolesAllowed("MANAGE_HASHES")
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());
    private static final long REPORT_EVERY_NANOS = 700_000_000L;

    @Inject
    HashImports imports;

    @Inject
    ImportJobs jobs;

    @Inject
    HashLists lists;

    @Resource
    SessionContext context;

    /**
     * Starts a background import of {@code body}: copies it to a temporary file on this node (the upload's request
     * ends long before the import), records the job (committed at once, so any node can report its progress) and
     * hands the file to {@link #run}. An unknown list is refused before anything is copied.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportJob start(long listId, InputStream body, String fileName, HashImports.Mode mode,
            HashImports.Format format, Locale locale) throws IOException {
        lists.find(listId);
        Path file = Files.createTempFile("hash-import-", ".upload");
        boolean handedOver = false;
        try {
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            ImportJob job = jobs.start(listId, fileName, format, mode, Files.size(file));
            context.getBusinessObject(ImportRunner.class).run(job.getId(), file, listId, fileName, mode, format, locale);
            handedOver = true;
            return job;
        } finally {
            if (!handedOver) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long jobId, Path file, long listId, String fileName, HashImports.Mode mode,
            HashImports.Format format, Locale locale) {
        try (InputStream in = new Progress(Files.newInputStream(file), jobId)) {
            HashImports.ImportResult r = imports.importHashes(listId, in, fileName, mode, format);
            StringBuilder text = new StringBuilder(Texts.get(locale, "hashmatch.import.done", r.imported(),
                    r.alreadyPresent()));
            if (r.enabled() + r.disabled() > 0) {
                text.append('\n').append(Texts.get(locale, "hashmatch.import.synced", r.enabled(), r.disabled()));
            }
            if (r.rejected() > 0) {
                text.append('\n').append(Texts.get(locale, "hashmatch.import.partly", r.rejected()));
                lines(text, r.errors(), locale);
            }
            jobs.finish(jobId, true, text.toString());
        } catch (ImportRejected rejected) {
            StringBuilder text = new StringBuilder(Texts.get(locale, "hashmatch.import.rejected", rejected.total()));
            lines(text, rejected.errors(), locale);
            jobs.finish(jobId, false, text.toString());
        } catch (EJBException | Refusal | IOException e) {
            Throwable t = e;
            while (t instanceof EJBException && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof Refusal refusal) {
                jobs.finish(jobId, false, Texts.get(locale, refusal.messageKey(), refusal.arguments()));
            } else {
                LOG.log(Level.WARNING, "Import job " + jobId + " failed", e);
                jobs.finish(jobId, false, Texts.get(locale, "hashmatch.importJob.failed"));
            }
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete the import file " + file, e);
            }
        }
    }

    private static void lines(StringBuilder text, List<HmaCsv.LineError> errors, Locale locale) {
        errors.stream().limit(50).forEach(e -> text.append('\n').append("line ").append(e.line()).append(" (")
                .append(e.column()).append("): ").append(Texts.get(locale, e.messageKey(), e.arguments())));
    }

    /** Counts the bytes the import has read and reports them, at most about once a second. */
    private final class Progress extends FilterInputStream {
        private final long jobId;
        private long read;
        private long reportedAt = System.nanoTime();

        Progress(InputStream in, long jobId) {
            super(in);
            this.jobId = jobId;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            long now = System.nanoTime();
            if (now - reportedAt > REPORT_EVERY_NANOS) {
                reportedAt = now;
                jobs.progress(jobId, read);
            }
        }
    }
}
