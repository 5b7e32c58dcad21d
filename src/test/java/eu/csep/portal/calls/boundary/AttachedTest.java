package eu.csep.portal.calls.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.calls.entity.AttachmentKind;
import eu.csep.portal.documents.boundary.StoredFileInfo;
import eu.csep.portal.documents.entity.Screening;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An attachment is withheld (listed, bytes not handed out, annex not counted) exactly while screening withholds it. */
class AttachedTest {

    private static Proposals.Attached attached(Screening screening) {
        return Proposals.Attached.of(7, AttachmentKind.ANNEX, new StoredFileInfo(70, ProposalAttachments.PURPOSE, 1L,
                "annex.pdf", "application/pdf", 1234, "ab".repeat(32), "cd".repeat(16), "anna@voices-of-peace.org",
                Instant.parse("2027-02-01T10:00:00Z"), screening, null));
    }

    @Test
    void quarantinedAndBlockedFilesAreWithheldTheOthersAreNot() {
        assertTrue(attached(Screening.QUARANTINED).withheld());
        assertTrue(attached(Screening.BLOCKED).withheld());
        assertFalse(attached(Screening.PENDING).withheld());
        assertFalse(attached(Screening.CLEAR).withheld());
        assertFalse(attached(Screening.RELEASED).withheld());
        assertEquals("QUARANTINED", attached(Screening.QUARANTINED).screening());
        assertEquals("annex.pdf", attached(Screening.CLEAR).filename());
    }
}
