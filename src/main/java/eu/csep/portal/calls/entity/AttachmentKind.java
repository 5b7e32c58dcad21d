package eu.csep.portal.calls.entity;

/** Step 6: what an attachment is. One narrative annex (mandatory), any number of partner letters. */
public enum AttachmentKind {
    ANNEX, PARTNER_LETTER
}
