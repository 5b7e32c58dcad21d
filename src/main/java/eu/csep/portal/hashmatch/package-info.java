/**
 * The Database of Hashes for hash admins: hash lists ("banks") of PDQ, MD5 and SHA-256 hashes, the PDQ hasher
 * (also as the offline {@code pdq-hasher.jar}), hostile-file-safe image decoding, the live per-node PDQ index
 * kept current across the cluster by Payara clustered CDI events, matching with per-list thresholds and
 * allow-lists, and the match log with verdicts. Owns no uploads: other components' files reach it as events.
 */
package eu.csep.portal.hashmatch;
