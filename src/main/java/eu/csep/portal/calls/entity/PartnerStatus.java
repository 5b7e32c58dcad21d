package eu.csep.portal.calls.entity;

/** Where a partner invitation stands: sent, accepted or refused by the partner organisation. */
public enum PartnerStatus { INVITED, CONFIRMED, DECLINED }
