package eu.csep.portal.hashmatch.boundary;

import eu.csep.portal.hashmatch.control.HashInput;
import eu.csep.portal.hashmatch.control.MatchHit;
import eu.csep.portal.hashmatch.control.MatchOutcome;
import eu.csep.portal.hashmatch.control.MediaHashes;
import eu.csep.portal.hashmatch.control.index.Match;
import eu.csep.portal.hashmatch.control.pdq.PdqDihedralResult;
import eu.csep.portal.hashmatch.control.pdq.ImageDecoder;
import eu.csep.portal.hashmatch.control.pdq.PdqHash;
import eu.csep.portal.hashmatch.entity.AllowedHash;
import eu.csep.portal.hashmatch.entity.HashEntry;
import eu.csep.portal.hashmatch.entity.HashList;
import eu.csep.portal.hashmatch.entity.MatchLogEntry;
import eu.csep.portal.hashmatch.entity.SignalType;
import eu.csep.portal.hashmatch.entity.Verdict;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.boundary.Refusal;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Matches hashes against the enabled lists: PDQ through this node's live {@link MatchIndex} with each list's
 * own threshold (all 8 dihedral variants when the hash comes from an image), MD5 and SHA-256 by an indexed
 * database lookup. Hashes of quality below 50 are reported but not matched; a list's allow-list (false
 * positives) suppresses its matches. Every lookup is logged; admins judge logged matches.
 */
@Stateless
@RolesAllowed("MANAGE_HASHES")
public class Matcher {

    public static final String TARGET_LOG = "MatchLog";

    @PersistenceContext
    EntityManager em;

    @Inject
    MatchIndex index;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityContext security;

    private final ImageDecoder decoder = new ImageDecoder();

    /** A pasted or sent hash: {@code type} pdq, md5 or sha256. The quality applies to PDQ only. */
    @RolesAllowed({"MANAGE_HASHES", "MATCH_HASHES"})
    public MatchOutcome matchHash(String type, String hash, Integer quality, String source) {
        SignalType t = HashInput.type("type", type);
        String hex = HashInput.hash("hash", t, hash);
        Map<String, String> query = new LinkedHashMap<>();
        if (t == SignalType.PDQ) {
            query.put("original", hex);
            return match(new PdqHash[] {PdqHash.fromHex(hex)}, HashInput.quality("quality", quality), Map.of(),
                    query, source);
        }
        query.put(t.code(), hex);
        return match(null, null, Map.of(t, hex), query, source);
    }

    /** The hashes of a file (PDQ with its 8 variants if it is an image, MD5, SHA-256), without matching. */
    @RolesAllowed({"MANAGE_HASHES", "MATCH_HASHES"})
    public MediaHashes hash(byte[] data) {
        return MediaHashes.of(data, decoder);
    }

    /** An uploaded file: its 8 PDQ variants when it is an image, and its MD5 and SHA-256 in any case. */
    @RolesAllowed({"MANAGE_HASHES", "MATCH_HASHES"})
    public MatchOutcome matchMedia(MediaHashes media, String source) {
        return mediaLookup(media, source);
    }

    /**
     * The screening of a portal upload, on behalf of whoever uploaded it (any signed-in user; only the
     * screening observer calls it, no page or API exposes it). Logged like every lookup.
     */
    @PermitAll
    public MatchOutcome screen(MediaHashes media, String source) {
        return mediaLookup(media, source);
    }

    private MatchOutcome mediaLookup(MediaHashes media, String source) {
        Map<String, String> query = new LinkedHashMap<>(media.pdqVariants());
        query.put("md5", media.md5());
        query.put("sha256", media.sha256());
        PdqHash[] variants = null;
        Integer quality = null;
        if (media.pdq() != null) {
            PdqDihedralResult pdq = media.pdq();
            variants = pdq.hashes().toArray(PdqHash[]::new);
            quality = pdq.quality();
        }
        Map<SignalType, String> exact = new LinkedHashMap<>();
        exact.put(SignalType.MD5, media.md5());
        exact.put(SignalType.SHA256, media.sha256());
        return match(variants, quality, exact, query, source);
    }

    private MatchOutcome match(PdqHash[] variants, Integer quality, Map<SignalType, String> exact,
            Map<String, String> query, String source) {
        Map<Long, HashList> lists = em.createQuery("SELECT l FROM HashList l WHERE l.enabled = TRUE", HashList.class)
                .getResultList().stream().collect(Collectors.toMap(HashList::getId, Function.identity()));
        List<MatchHit> hits = new ArrayList<>();
        boolean pdqMatched = variants != null && (quality == null || quality >= HashEntry.MIN_QUALITY);
        if (pdqMatched && !lists.isEmpty()) {
            Map<Long, Integer> radius = new HashMap<>();
            lists.values().forEach(l -> radius.put(l.getId(), l.getPdqThreshold()));
            Set<Long> allowListed = pdqAllowListed(variants, lists);
            allowListed.forEach(radius::remove);
            Map<Long, List<Match>> found = index.lookup(variants, radius);
            Map<Long, Match> byEntry = new HashMap<>();
            found.values().forEach(ms -> ms.forEach(m -> byEntry.put(m.entryId(), m)));
            if (!byEntry.isEmpty()) {
                // the database is the truth: an entry disabled on another node a moment ago no longer matches
                for (HashEntry e : em.createQuery("SELECT e FROM HashEntry e JOIN FETCH e.list WHERE e.id IN :ids",
                        HashEntry.class).setParameter("ids", byEntry.keySet()).getResultList()) {
                    Match m = byEntry.get(e.getId());
                    if (e.isEnabled() && e.reliable() && lists.containsKey(e.getList().getId())) {
                        hits.add(hit(e, m.distance(), PdqDihedralResult.TRANSFORMS.get(m.variant())));
                    }
                }
            }
        }
        for (Map.Entry<SignalType, String> q : exact.entrySet()) {
            Set<Long> allowed = new HashSet<>();
            em.createQuery("SELECT a FROM AllowedHash a WHERE a.signalType = :type AND a.hashHex = :hex",
                    AllowedHash.class).setParameter("type", q.getKey()).setParameter("hex", q.getValue())
                    .getResultList().forEach(a -> allowed.add(a.getListId()));
            for (HashEntry e : em.createNamedQuery(HashEntry.EXACT_MATCHES, HashEntry.class)
                    .setParameter("type", q.getKey()).setParameter("hex", q.getValue()).getResultList()) {
                if (!allowed.contains(e.getList().getId())) {
                    hits.add(hit(e, 0, q.getKey().code()));
                }
            }
        }
        hits.sort(Comparator.comparingInt(MatchHit::distance).thenComparingLong(MatchHit::entryId));
        MatchOutcome outcome = new MatchOutcome(query, quality, pdqMatched, hits, null);
        MatchLogEntry log = new MatchLogEntry(caller(), source == null ? "unknown" : source, queryText(query),
                quality, hits.size(), outcome.logText(), now());
        em.persist(log);
        em.flush();
        return new MatchOutcome(query, quality, pdqMatched, hits, log.getId());
    }

    private Set<Long> pdqAllowListed(PdqHash[] variants, Map<Long, HashList> lists) {
        Set<Long> out = new HashSet<>();
        for (AllowedHash a : em.createNamedQuery(AllowedHash.OF_TYPE, AllowedHash.class)
                .setParameter("type", SignalType.PDQ).getResultList()) {
            HashList list = lists.get(a.getListId());
            if (list == null) {
                continue;
            }
            PdqHash allowed = PdqHash.fromHex(a.getHashHex());
            for (PdqHash v : variants) {
                if (v.distance(allowed) <= list.getPdqThreshold()) {
                    out.add(list.getId());
                    break;
                }
            }
        }
        return out;
    }

    /**
     * An admin's verdict on a logged lookup. A false positive can also put the query's hashes on the allow-list
     * of every list it matched, so that content stops matching there.
     */
    public MatchLogEntry judge(long logId, Verdict verdict, boolean allowList) {
        MatchLogEntry log = em.find(MatchLogEntry.class, logId);
        if (log == null) {
            throw Refusal.notFound("hashmatch.log.unknown");
        }
        if (verdict == null) {
            throw Refusal.invalid("verdict", "hashmatch.verdict.required");
        }
        String before = "verdict=" + log.getVerdict();
        log.judge(verdict, caller(), now());
        audit.record("matchlog.verdict", TARGET_LOG, logId, null, "before: " + before + " | after: verdict=" + verdict);
        if (verdict == Verdict.FALSE_POSITIVE && allowList && log.getMatches() != null && !log.getMatches().isBlank()) {
            Set<Long> listIds = new HashSet<>();
            for (String m : log.getMatches().split(";")) {
                String[] parts = m.split(":");
                try {
                    HashEntry e = em.find(HashEntry.class, Long.parseLong(parts[0]));
                    if (e != null) {
                        listIds.add(e.getList().getId());
                    }
                } catch (NumberFormatException ignored) {
                    // a truncated log line ("...") names no entry
                }
            }
            for (Map.Entry<SignalType, String> q : queryHashes(log.getQueryHashes()).entrySet()) {
                for (long listId : listIds) {
                    allow(listId, q.getKey(), q.getValue(), "false positive, match log " + logId, logId);
                }
            }
        }
        return log;
    }

    /** Puts a hash on a list's allow-list (no-op when it is already there). */
    public void allow(long listId, SignalType type, String hash, String reason, Long logId) {
        if (em.find(HashList.class, listId) == null) {
            throw Refusal.notFound("hashmatch.list.unknown");
        }
        if (!em.createNamedQuery(AllowedHash.FIND, AllowedHash.class).setParameter("list", listId)
                .setParameter("type", type).setParameter("hex", hash).getResultList().isEmpty()) {
            return;
        }
        AllowedHash a = new AllowedHash(listId, type, hash, reason, logId, caller(), now());
        em.persist(a);
        em.flush();
        audit.record("hashlist.allow", HashLists.TARGET_LIST, listId, null,
                "after: allow-list += " + type.code() + " " + a.getHashHex() + " (" + reason + ")");
    }

    public List<AllowedHash> allowList(long listId) {
        return em.createNamedQuery(AllowedHash.OF_LIST, AllowedHash.class).setParameter("list", listId).getResultList();
    }

    public List<MatchLogEntry> recentLog(int max) {
        return em.createQuery("SELECT m FROM MatchLogEntry m ORDER BY m.occurredAt DESC, m.id DESC", MatchLogEntry.class)
                .setMaxResults(Math.min(Math.max(1, max), 500)).getResultList();
    }

    public MatchLogEntry logEntry(long id) {
        MatchLogEntry log = em.find(MatchLogEntry.class, id);
        if (log == null) {
            throw Refusal.notFound("hashmatch.log.unknown");
        }
        return log;
    }

    private static MatchHit hit(HashEntry e, int distance, String variant) {
        return new MatchHit(e.getList().getId(), e.getList().getName(), e.getId(), e.getSignalType().code(),
                e.getHashHex(), e.getLabels(), distance, variant);
    }

    /** "pdq=hex md5=hex sha256=hex": the original PDQ hash stands for its 8 variants. */
    static String queryText(Map<String, String> query) {
        StringBuilder b = new StringBuilder();
        query.forEach((k, v) -> {
            String key = switch (k) {
                case "original" -> "pdq";
                case "md5", "sha256" -> k;
                default -> null;
            };
            if (key != null) {
                b.append(b.length() == 0 ? "" : " ").append(key).append('=').append(v);
            }
        });
        return b.toString();
    }

    static Map<SignalType, String> queryHashes(String text) {
        Map<SignalType, String> out = new LinkedHashMap<>();
        for (String part : text.split(" ")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                SignalType.parse(part.substring(0, eq))
                        .ifPresent(t -> t.canonical(part.substring(eq + 1)).ifPresent(h -> out.put(t, h)));
            }
        }
        return out;
    }

    private String caller() {
        return security.getCallerPrincipal() == null ? AuditTrail.SYSTEM : security.getCallerPrincipal().getName();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
