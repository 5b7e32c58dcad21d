package eu.csep.portal.reach.boundary;

import eu.csep.portal.reach.control.ReachCsv;
import eu.csep.portal.reach.control.RowInput;
import java.util.List;
import eu.csep.portal.reach.entity.Channel;
import eu.csep.portal.shared.boundary.Refusal;
import eu.csep.portal.shared.control.Digests;
import java.security.MessageDigest;

/** Turns an uploaded report file into a submission (for the API and the upload page alike). */
public final class ReachUploads {

    private ReachUploads() {
    }

    /**
     * @throws ReportRejected when the file cannot be read as a report (encoding, columns, broken lines)
     */
    public static ReachReports.Submission submission(String key, boolean correction, Channel channel, byte[] content,
            Long evidenceFileId) {
        if (content == null || content.length == 0) {
            throw Refusal.invalid("file", "reach.csv.empty");
        }
        if (content.length > ReachResource.MAX_FILE_BYTES) {
            throw Refusal.invalid("file", "reach.csv.tooLarge", ReachResource.MAX_FILE_BYTES / (1024 * 1024));
        }
        ReachCsv.Parsed parsed = ReachCsv.parse(content);
        if (parsed.errors().stream().anyMatch(e -> e.line() == 0)) {
            throw new ReportRejected(parsed.errors());
        }
        String hash = sha256(content, correction);
        String k = key == null || key.isBlank() ? "file-" + hash.substring(0, 40) : key;
        // broken lines are listed together with the rule violations of the readable ones
        List<RowInput> rows = evidenceFileId == null ? parsed.rows()
                : parsed.rows().stream().map(r -> r.withEvidence(evidenceFileId)).toList();
        return new ReachReports.Submission(k, null, null, correction, channel, rows,
                evidenceFileId == null ? hash : sha256((hash + evidenceFileId).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8), false), parsed.errors());
    }

    static String sha256(byte[] content, boolean correction) {
        MessageDigest digest = Digests.sha256();
        digest.update(content);
        digest.update((byte) (correction ? 1 : 0));
        return Digests.hex(digest.digest());
    }
}
