-- At most one narrative annex per proposal, held by the database as well (H2 has no partial indexes; there the
-- boundary's row lock on the proposal keeps it).
CREATE UNIQUE INDEX proposal_attachment_one_annex_uk ON proposal_attachment (proposal_id) WHERE kind = 'ANNEX';
