-- Reported figures are evidence: a stored reach row is never deleted and its figures never change. Only
-- current_row may turn false (a correction superseded the report); older versions stay readable.
CREATE FUNCTION reach_row_refuse_change() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'reach_row is append-only: DELETE refused';
    END IF;
    IF (NEW.report_id, NEW.line_no, NEW.campaign_ref, NEW.platform, NEW.metric, NEW.date_from, NEW.date_to,
        NEW.amount, NEW.provenance, NEW.evidence_file_id)
       IS DISTINCT FROM
       (OLD.report_id, OLD.line_no, OLD.campaign_ref, OLD.platform, OLD.metric, OLD.date_from, OLD.date_to,
        OLD.amount, OLD.provenance, OLD.evidence_file_id)
       OR (OLD.current_row = FALSE AND NEW.current_row = TRUE) THEN
        RAISE EXCEPTION 'reach_row figures are immutable: UPDATE refused';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER reach_row_immutable
    BEFORE UPDATE OR DELETE ON reach_row
    FOR EACH ROW EXECUTE FUNCTION reach_row_refuse_change();

-- overlap checks only read the current rows: a partial index instead of the common one
DROP INDEX reach_row_window_ix;
CREATE INDEX reach_row_current_ix ON reach_row (campaign_ref, date_to) WHERE current_row;

-- the dashboard lists a campaign's flagged figures: few rows, found without reading the campaign's others
CREATE INDEX reach_row_flagged_ix ON reach_row (campaign_ref, date_from) WHERE flags IS NOT NULL AND current_row;
