package eu.csep.portal.reach.entity;

/**
 * How a metric's value is typed and checked: counts and seconds are non-negative integers, a ratio lies in [0, 1],
 * points (a pre/post survey shift) in [-100, 100]; derived metrics are computed from others and never typed.
 */
public enum MetricKind {
    COUNT, SECONDS, RATIO, POINTS, DERIVED;

    public boolean typed() {
        return this != DERIVED;
    }

    /** Whether values of this kind add up over platforms and periods (ratios and points are averaged). */
    public boolean additive() {
        return this == COUNT || this == SECONDS;
    }
}
