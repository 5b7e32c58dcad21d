package eu.csep.portal.hashmatch.boundary;

import eu.csep.portal.hashmatch.control.MatchHit;
import eu.csep.portal.hashmatch.control.MatchOutcome;
import eu.csep.portal.hashmatch.control.MediaHashes;
import eu.csep.portal.hashmatch.entity.MatchLogEntry;
import eu.csep.portal.hashmatch.entity.Verdict;
import eu.csep.portal.shared.boundary.Refusal;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Hashing and matching over REST, for hash admins (session) — the API tokens for machine clients are
 * not built yet. A file comes as multipart/form-data (part "file") or as the raw request body.
 */
@Path("hashes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "hashmatch")
public class HashesResource {

    /** Uploads larger than this are refused before hashing. */
    public static final int MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

    public record HashQuery(String type, String hash, Integer quality) {
    }

    public record Hit(long listId, String listName, long entryId, String type, String hash, String labels,
            int distance, String variant) {
        static Hit of(MatchHit h) {
            return new Hit(h.listId(), h.listName(), h.entryId(), h.type(), h.hash(), h.labels(), h.distance(),
                    h.variant());
        }
    }

    /** {@code query}: variant or type -> hash; {@code pdqMatched} false when the PDQ quality was below 50. */
    public record MatchAnswer(Map<String, String> query, Integer quality, boolean pdqMatched, List<Hit> matches,
            Long logId) {
        static MatchAnswer of(MatchOutcome o) {
            return new MatchAnswer(o.queryHashes(), o.quality(), o.pdqMatched(),
                    o.matches().stream().map(Hit::of).toList(), o.logId());
        }
    }

    /** The hashes of a file: md5, sha256, and for images PDQ (8 variants) with quality, else the reason. */
    public record HashAnswer(String fileName, long size, String md5, String sha256, Integer quality,
            Map<String, String> pdq, String imageProblem) {
        static HashAnswer of(String name, MediaHashes m) {
            return new HashAnswer(name, m.size(), m.md5(), m.sha256(), m.pdq() == null ? null : m.pdq().quality(),
                    m.pdqVariants(), m.imageProblem());
        }
    }

    @Inject
    Matcher matcher;

    @POST
    @Path("match")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Match one hash {\"type\":\"pdq|md5|sha256\",\"hash\":\"…\",\"quality\":0-100} against the enabled lists")
    public MatchAnswer match(HashQuery query) {
        if (query == null) {
            throw Refusal.invalid("type", "hashmatch.type.required");
        }
        return MatchAnswer.of(matcher.matchHash(query.type(), query.hash(), query.quality(), "api:hash"));
    }

    @POST
    @Path("match")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Hash an uploaded file (part \"file\") and match its PDQ (8 variants), MD5 and SHA-256")
    public MatchAnswer matchUpload(List<EntityPart> parts) {
        EntityPart part = filePart(parts);
        MediaHashes media = matcher.hash(read(part));
        return MatchAnswer.of(matcher.matchMedia(media, "api:file " + part.getFileName().orElse("")));
    }

    @POST
    @Path("match")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "image/*", "video/*", "application/pdf"})
    @Operation(summary = "Hash the raw request body and match it (as the multipart variant)")
    public MatchAnswer matchBody(InputStream body, @HeaderParam("X-File-Name") String name) {
        MediaHashes media = matcher.hash(read(body));
        return MatchAnswer.of(matcher.matchMedia(media, "api:file " + (name == null ? "" : name)));
    }

    @POST
    @Path("hash")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "The hashes of an uploaded file (part \"file\"), without matching")
    public HashAnswer hashUpload(List<EntityPart> parts) {
        EntityPart part = filePart(parts);
        return HashAnswer.of(part.getFileName().orElse(null), matcher.hash(read(part)));
    }

    @POST
    @Path("hash")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "image/*", "video/*", "application/pdf"})
    @Operation(summary = "The hashes of the raw request body, without matching")
    public HashAnswer hashBody(InputStream body, @HeaderParam("X-File-Name") String name) {
        return HashAnswer.of(name, matcher.hash(read(body)));
    }

    public record VerdictRequest(String verdict, boolean allowList) {
    }

    @PUT
    @Path("match-log/{id}/verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Judge a logged match TRUE_POSITIVE or FALSE_POSITIVE; allowList puts a false positive on the matched lists' allow-lists")
    public Map<String, Object> judge(@PathParam("id") long id, VerdictRequest request) {
        // judging is for hash admins only: Matcher is @RolesAllowed("MANAGE_HASHES"), so an API token gets 403
        Verdict verdict;
        try {
            verdict = request == null || request.verdict() == null ? null
                    : Verdict.valueOf(request.verdict().strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("verdict", "hashmatch.verdict.required");
        }
        MatchLogEntry log = matcher.judge(id, verdict, request != null && request.allowList());
        return Map.of("id", log.getId(), "verdict", log.getVerdict().name());
    }

    private static EntityPart filePart(List<EntityPart> parts) {
        if (parts != null) {
            for (EntityPart p : parts) {
                if ("file".equals(p.getName())) {
                    return p;
                }
            }
        }
        throw Refusal.invalid("file", "hashmatch.file.required");
    }

    private static byte[] read(EntityPart part) {
        return read(part.getContent());
    }

    static byte[] read(InputStream in) {
        try (in) {
            byte[] data = in.readNBytes(MAX_UPLOAD_BYTES + 1);
            if (data.length > MAX_UPLOAD_BYTES) {
                throw Refusal.invalid("file", "hashmatch.file.tooLarge", MAX_UPLOAD_BYTES / (1024 * 1024));
            }
            if (data.length == 0) {
                throw Refusal.invalid("file", "hashmatch.file.required");
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
