package eu.csep.portal.reach.entity;

/** The funnel level a metric belongs to; the dashboard's funnel runs awareness, engagement, impact. */
public enum Tier {
    AWARENESS, ENGAGEMENT, IMPACT, EFFICIENCY, SAFETY
}
