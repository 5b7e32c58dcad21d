package eu.csep.portal.hashmatch.entity;

/** An admin's judgement of a logged match. */
public enum Verdict {
    TRUE_POSITIVE, FALSE_POSITIVE
}
