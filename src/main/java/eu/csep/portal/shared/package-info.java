/**
 * Plumbing every component uses and no business rule: the datasource and its migrations, the REST base and
 * its problem+json errors, refusals, mail delivery, the append-only audit log, languages and security headers.
 */
package eu.csep.portal.shared;
