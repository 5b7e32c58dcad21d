package eu.csep.portal.hashmatch.view;

import eu.csep.portal.hashmatch.boundary.Matcher;
import eu.csep.portal.hashmatch.control.MatchOutcome;
import eu.csep.portal.hashmatch.control.MediaHashes;
import eu.csep.portal.hashmatch.control.Thumbnail;
import eu.csep.portal.hashmatch.control.pdq.ImageDecoder;
import eu.csep.portal.hashmatch.entity.Verdict;
import eu.csep.portal.shared.view.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs /hashadmin/match.xhtml: an admin uploads an image and sees its hashes, quality, the 8 dihedral
 * variants and the matches, with a blurred thumbnail (moderator wellbeing), and can judge the match.
 */
@Named
@ViewScoped
public class MatchTesterPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final int MAX_BYTES = 50 * 1024 * 1024;

    @Inject
    Matcher matcher;

    private transient UploadedFile file;
    private String fileName;
    private String thumbnail;
    private String md5;
    private String sha256;
    private String imageProblem;
    private MatchOutcome outcome;
    private boolean allowList = true;

    public void test() {
        if (file == null || file.getSize() == 0) {
            Messages.error("tester:file", "hashmatch.file.required");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            Messages.error("tester:file", "hashmatch.file.tooLarge", MAX_BYTES / (1024 * 1024));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] data = in.readNBytes(MAX_BYTES + 1);
            Messages.attempt("tester", () -> {
                fileName = file.getFileName();
                MediaHashes media = matcher.hash(data);
                md5 = media.md5();
                sha256 = media.sha256();
                imageProblem = media.imageProblem();
                thumbnail = media.pdq() == null ? null : Thumbnail.dataUri(data, 240, new ImageDecoder()).orElse(null);
                outcome = matcher.matchMedia(media, "tester " + fileName);
            });
        } catch (IOException e) {
            Messages.error("tester:file", "hashmatch.file.unreadable");
        }
    }

    public void judge(String verdict) {
        if (outcome == null || outcome.logId() == null) {
            return;
        }
        Messages.attempt("verdict", () -> {
            Verdict v = Verdict.valueOf(verdict);
            matcher.judge(outcome.logId(), v, v == Verdict.FALSE_POSITIVE && allowList);
            Messages.info(v == Verdict.FALSE_POSITIVE ? "hashmatch.verdict.falsePositive" : "hashmatch.verdict.truePositive");
        });
    }

    /** The PDQ variants as name/hash rows, in reference order. */
    public List<Map.Entry<String, String>> getVariants() {
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        if (outcome != null) {
            outcome.queryHashes().forEach((k, v) -> {
                if (!"md5".equals(k) && !"sha256".equals(k)) {
                    rows.add(Map.entry(k, v));
                }
            });
        }
        return rows;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }

    public String getThumbnail() {
        return thumbnail;
    }

    public String getMd5() {
        return md5;
    }

    public String getSha256() {
        return sha256;
    }

    public String getImageProblem() {
        return imageProblem;
    }

    public MatchOutcome getOutcome() {
        return outcome;
    }

    public boolean isAllowList() {
        return allowList;
    }

    public void setAllowList(boolean allowList) {
        this.allowList = allowList;
    }
}
