/**
 * Who is who: NGOs (organisations) and their members, programme staff (reviewers, officers, hash admins,
 * admins), roles and what they permit, log-in, e-mail confirmation, invitations and password resets, and machine
 * API tokens of every scope (a token holds its scope's one permission and nothing else; the pages and REST paths
 * for hashmatch's and reach's tokens are served here, each scope under the path its users already know).
 * Owns no programme data; other components ask it who the caller is and which organisation they belong to.
 */
package eu.csep.portal.identity;
