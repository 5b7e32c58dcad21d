package eu.csep.portal.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a stored file, in a row of their own so that listing files never loads them. */
@Entity
@Table(name = "stored_file_content")
public class StoredFileContent {

    @Id
    @Column(name = "file_id")
    private Long fileId;

    @Column(nullable = false)
    private byte[] content;

    protected StoredFileContent() {
    }

    public StoredFileContent(long fileId, byte[] content) {
        this.fileId = fileId;
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }
}
