/** Outgoing e-mail: components fire {@link eu.csep.portal.shared.mail.MailRequested}; delivery happens after commit. */
package eu.csep.portal.shared.mail;
