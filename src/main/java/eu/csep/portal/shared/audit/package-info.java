/**
 * The append-only audit log: who did what, when, to which target, with details. Every component records its
 * changes here in the same transaction as the change itself; officers and admins browse and filter it.
 * Entries are never updated or deleted (on PostgreSQL a trigger refuses it).
 */
package eu.csep.portal.shared.audit;
