/**
 * Who is who: NGOs (organisations) and their members, programme staff (reviewers, officers, hash admins,
 * admins), roles and what they permit, log-in, e-mail confirmation, invitations and password resets.
 * Owns no programme data; other components ask it who the caller is and which organisation they belong to.
 */
package eu.csep.portal.identity;
