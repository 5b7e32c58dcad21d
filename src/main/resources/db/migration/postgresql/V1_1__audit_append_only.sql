-- The audit log is append-only in the database itself, not only in the Java code:
-- any UPDATE or DELETE of an audit entry fails, whoever issues it.
CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();
