/**
 * Documents: every file uploaded to the portal — proposal attachments, partner letters, reach evidence — stored
 * once with its detected type, size, SHA-256 and MD5, and the outcome of hash screening. Owns the bytes and their
 * availability, not who may see them: the component that asked to store a file (calls, reach) checks access before
 * it asks for the bytes.
 * <p>
 * Every stored file is announced with the {@link eu.csep.portal.documents.boundary.FileUploaded} event, synchronously
 * inside the upload's transaction, so that hashmatch screens it before the upload commits; a file that matched a
 * hash list is quarantined and its bytes are withheld until a hash admin releases it.
 */
package eu.csep.portal.documents;
