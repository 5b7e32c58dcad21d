-- PostgreSQL: the foreign keys that point at a call budget are checked at commit, not at insert.
-- An insert of a grant or a ledger entry takes a KEY SHARE lock on the call budget row it references; a posting
-- that then asks for the same row FOR UPDATE waits for every other such insert, and two of them deadlock. Checked at
-- commit, the key share is taken when the posting already holds the row lock, so a commitment can write its grant,
-- entry and audit line before taking the lock and hold it only for the balance update (see Ledger.commit).
-- H2 takes no lock for a foreign key check and needs nothing.
ALTER TABLE budget_commitment ALTER CONSTRAINT budget_commitment_call_budget_id_fkey DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE ledger_entry ALTER CONSTRAINT ledger_entry_call_budget_id_fkey DEFERRABLE INITIALLY DEFERRED;
