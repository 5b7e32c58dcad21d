package eu.csep.portal.documents.boundary;

/**
 * Fired synchronously inside the upload's transaction for every stored file, so that hashmatch screens it (and
 * quarantines it through {@link Documents#screened}) before the upload commits.
 */
public record FileUploaded(long fileId, String purpose, Long organisationId, String filename, String contentType,
        String sha256, String md5, byte[] content) {
}
