-- A rubric is frozen once the first report of its call is submitted: the database itself refuses any change to the
-- criteria of a frozen evaluation, whoever issues it.
CREATE FUNCTION review_criterion_refuse_frozen() RETURNS trigger AS $$
DECLARE
    evaluation BIGINT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        evaluation := OLD.evaluation_id;
    ELSE
        evaluation := NEW.evaluation_id;
    END IF;
    IF (SELECT frozen FROM review_evaluation WHERE id = evaluation) THEN
        RAISE EXCEPTION 'the rubric of evaluation % is frozen: % refused', evaluation, TG_OP;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER review_criterion_frozen
    BEFORE INSERT OR UPDATE OR DELETE ON review_criterion
    FOR EACH ROW EXECUTE FUNCTION review_criterion_refuse_frozen();
