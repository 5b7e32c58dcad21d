package eu.csep.portal.hashmatch.boundary;

import eu.csep.portal.hashmatch.entity.ImportJob;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.boundary.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The database-stored status of long imports: written in transactions of their own (the import's own
 * transaction commits only at its end), read by the progress bar on any cluster node.
 */
@Stateless
@RolesAllowed("MANAGE_HASHES")
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportJobs {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    public ImportJob start(long listId, String fileName, HashImports.Format format, HashImports.Mode mode,
            long totalBytes) {
        String by = security.getCallerPrincipal() == null ? AuditTrail.SYSTEM : security.getCallerPrincipal().getName();
        ImportJob job = new ImportJob(listId, fileName, format.code(), mode.name(), totalBytes, by, now());
        em.persist(job);
        em.flush();
        return job;
    }

    public void progress(long jobId, long readBytes) {
        ImportJob job = em.find(ImportJob.class, jobId);
        if (job != null) {
            job.progress(readBytes, now());
        }
    }

    public void finish(long jobId, boolean ok, String outcome) {
        ImportJob job = em.find(ImportJob.class, jobId);
        if (job != null) {
            job.finish(ok, outcome, now());
        }
    }

    /** A job as it stands; a job whose node went silent is reported as failed (and recorded so). */
    public ImportJob job(long jobId) {
        ImportJob job = em.find(ImportJob.class, jobId);
        if (job == null) {
            throw Refusal.notFound("hashmatch.importJob.unknown");
        }
        if (job.stale(now())) {
            job.finish(false, "interrupted: the server running the import stopped; nothing was imported"
                    + " unless the list shows the entries (all or nothing imports roll back)", now());
        }
        return job;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
