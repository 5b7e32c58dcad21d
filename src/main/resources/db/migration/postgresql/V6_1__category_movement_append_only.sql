-- Category movements are append-only in the database itself, like ledger entries (see V3_1).
CREATE FUNCTION budget_category_movement_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'budget_category_movement is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER budget_category_movement_append_only
    BEFORE UPDATE OR DELETE ON budget_category_movement
    FOR EACH ROW EXECUTE FUNCTION budget_category_movement_refuse_change();
