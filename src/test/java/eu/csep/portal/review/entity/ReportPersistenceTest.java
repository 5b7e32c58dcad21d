package eu.csep.portal.review.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.csep.portal.shared.boundary.DatabaseMigration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A draft's scores are rewritten on every save, also when the previous draft left scores or comments empty: the
 * element collection must not keep stale rows (a delete that compares NULL columns would match nothing).
 */
class ReportPersistenceTest {

    @Test
    void aBlankDraftIsReplacedByTheSavedScores() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:review-report;DB_CLOSE_DELAY=-1");
        DatabaseMigration.configure(h2, "h2").migrate();
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
        }
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("review-test", Map.of(
                "eclipselink.persistencexml", "META-INF/review-test-persistence.xml",
                "jakarta.persistence.nonJtaDataSource", h2));
        try {
            EntityManager em = emf.createEntityManager();
            em.getTransaction().begin();
            Evaluation e = new Evaluation(1, "CSEP-T", "eu");
            em.persist(e);
            Report r = new Report(1, 1, 1, 1, Instant.EPOCH);
            r.save(e, List.of(new CriterionScore(null, null), new CriterionScore(null, null),
                    new CriterionScore(null, null)), Instant.EPOCH);
            em.persist(r);
            em.getTransaction().commit();
            em.close();
            for (String[] round : new String[][] {{"2.5", "4", "4"}, {"3", null, "4"}, {"3.5", "4.5", "5"}}) {
                EntityManager next = emf.createEntityManager();
                next.getTransaction().begin();
                Report found = next.find(Report.class, r.getId());
                found.save(next.find(Evaluation.class, e.getId()), java.util.Arrays.stream(round)
                        .map(x -> new CriterionScore(x == null ? null : new BigDecimal(x), x == null ? null : "c"))
                        .toList(), Instant.EPOCH);
                next.getTransaction().commit();
                next.close();
                assertEquals(3, rows(h2, r.getId()), "three rows after saving " + String.join(",",
                        java.util.Arrays.stream(round).map(String::valueOf).toList()));
            }
            EntityManager check = emf.createEntityManager();
            assertEquals(new BigDecimal("4.5"), check.find(Report.class, r.getId()).getScores().get(1).getScore());
            check.close();
        } finally {
            emf.close();
        }
    }

    private static int rows(JdbcDataSource h2, long report) throws Exception {
        try (Connection c = h2.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM review_report_score WHERE report_id = " + report)) {
            r.next();
            return r.getInt(1);
        }
    }
}
