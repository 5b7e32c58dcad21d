package eu.csep.portal.documents.boundary;

import java.util.Set;

/**
 * A file someone asks the portal to keep.
 *
 * @param purpose        what the file is for, e.g. {@code proposal-attachment}, {@code reach-evidence}
 * @param organisationId the organisation the file belongs to, or null for staff files
 * @param filename       the name the uploader gave it (shown, never trusted for the type)
 * @param content        the bytes
 * @param allowedTypes   the MIME types the purpose accepts, e.g. {@code application/pdf}
 */
public record Upload(String purpose, Long organisationId, String filename, byte[] content, Set<String> allowedTypes) {

    public Upload {
        content = content == null ? new byte[0] : content;
        allowedTypes = Set.copyOf(allowedTypes);
    }
}
