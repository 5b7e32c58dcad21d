package eu.csep.portal.reach.control;

import eu.csep.portal.reach.entity.MetricKind;
import eu.csep.portal.reach.entity.Platform;
import eu.csep.portal.reach.entity.Provenance;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The validation rules of a reach report, all checked before anything is stored, every broken row listed: known
 * platform and typed metric (derived metrics are refused: they are computed), dates inside the report's period and
 * the grant's duration, counts non-negative integers, ratios in [0, 1], CTR at most 1 (clicks at most impressions),
 * unique reach at most impressions, target-audience reach at most unique reach, watch time plausible for the views
 * (at most {@value #MAX_SECONDS_PER_VIEW} s per view), and no two rows for the same platform and metric over
 * overlapping days, neither in the report nor against stored current figures (a correction replaces those);
 * a row whose provenance is an evidence file names the file.
 */
public final class ReachRules {

    public static final long MAX_SECONDS_PER_VIEW = 3 * 3600;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public record Checked(List<ReportRow> rows, List<RowError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** The report's frame: its period and the grant's duration (both inclusive). */
    public record Frame(LocalDate periodFrom, LocalDate periodTo, LocalDate grantStart, LocalDate grantEnd) {
    }

    private ReachRules() {
    }

    /** Checks the report-level frame; an empty list when it is fine. */
    public static List<RowError> checkFrame(Frame f) {
        List<RowError> errors = new ArrayList<>();
        if (f.periodFrom() == null || f.periodTo() == null) {
            errors.add(RowError.of(0, "period", "reach.period.missing"));
        } else if (f.periodFrom().isAfter(f.periodTo())) {
            errors.add(RowError.of(0, "period", "reach.period.order"));
        } else if (f.periodFrom().isBefore(f.grantStart()) || f.periodTo().isAfter(f.grantEnd())) {
            errors.add(RowError.of(0, "period", "reach.period.outsideGrant", f.grantStart(), f.grantEnd()));
        }
        return errors;
    }

    public static Checked check(List<RowInput> inputs, Map<String, MetricKind> catalogue, Frame frame,
            List<StoredRow> stored) {
        List<RowError> errors = new ArrayList<>(checkFrame(frame));
        if (!errors.isEmpty()) {
            return new Checked(List.of(), errors);
        }
        if (inputs.isEmpty()) {
            return new Checked(List.of(), List.of(RowError.of(0, "rows", "reach.rows.empty")));
        }
        List<ReportRow> rows = new ArrayList<>(inputs.size());
        for (RowInput in : inputs) {
            parse(in, catalogue, frame, errors).ifPresent(rows::add);
        }
        crossMetric(rows, errors);
        overlaps(rows, stored, errors);
        errors.sort(Comparator.comparingInt(RowError::line));
        return new Checked(rows, errors);
    }

    static Optional<ReportRow> parse(RowInput in, Map<String, MetricKind> catalogue, Frame frame,
            List<RowError> errors) {
        int line = in.line();
        int before = errors.size();
        Optional<Platform> platform = Platform.parse(in.platform());
        if (platform.isEmpty()) {
            errors.add(RowError.of(line, "platform", "reach.row.platform", text(in.platform())));
        }
        String metric = in.metric() == null ? "" : in.metric().strip().toLowerCase(java.util.Locale.ROOT);
        MetricKind kind = catalogue.get(metric);
        if (kind == null) {
            errors.add(RowError.of(line, "metric", "reach.row.metric", text(in.metric())));
        } else if (!kind.typed()) {
            errors.add(RowError.of(line, "metric", "reach.row.derived", metric));
        }
        LocalDate from = date(in.dateFrom(), frame.periodFrom(), line, "date_from", errors);
        LocalDate to = date(in.dateTo(), frame.periodTo(), line, "date_to", errors);
        if (from != null && to != null) {
            if (from.isAfter(to)) {
                errors.add(RowError.of(line, "date_to", "reach.row.dateOrder"));
            } else if (from.isBefore(frame.periodFrom()) || to.isAfter(frame.periodTo())) {
                errors.add(RowError.of(line, "date_from", "reach.row.outsidePeriod", frame.periodFrom(),
                        frame.periodTo()));
            }
        }
        BigDecimal value = null;
        try {
            value = in.value() == null || in.value().isBlank() ? null : new BigDecimal(in.value().strip());
        } catch (NumberFormatException e) {
            value = null;
        }
        if (value == null) {
            errors.add(RowError.of(line, "value", "reach.row.number", text(in.value())));
        } else if (kind != null && kind.typed()) {
            valueFits(kind, value, line, errors);
        }
        Provenance provenance = Provenance.parse(in.provenance()).orElse(null);
        if (provenance == null) {
            errors.add(RowError.of(line, "provenance", "reach.row.provenance", text(in.provenance())));
        } else if (provenance == Provenance.EVIDENCE && in.evidenceFileId() == null) {
            errors.add(RowError.of(line, "provenance", "reach.row.evidenceMissing"));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ReportRow(line, platform.get(), metric, from, to, value.stripTrailingZeros(),
                provenance, provenance == Provenance.EVIDENCE ? in.evidenceFileId() : null));
    }

    static void valueFits(MetricKind kind, BigDecimal value, int line, List<RowError> errors) {
        switch (kind) {
            case COUNT, SECONDS -> {
                if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0
                        || value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 1000)) > 0) {
                    errors.add(RowError.of(line, "value", "reach.row.count", value.toPlainString()));
                }
            }
            case RATIO -> {
                if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0 || value.scale() > 4) {
                    errors.add(RowError.of(line, "value", "reach.row.ratio", value.toPlainString()));
                }
            }
            case POINTS -> {
                if (value.abs().compareTo(HUNDRED) > 0 || value.scale() > 4) {
                    errors.add(RowError.of(line, "value", "reach.row.points", value.toPlainString()));
                }
            }
            default -> {
            }
        }
    }

    /** Rules between metrics of one platform and period. */
    static void crossMetric(List<ReportRow> rows, List<RowError> errors) {
        Map<ReportRow.Group, Map<String, ReportRow>> groups = new HashMap<>();
        for (ReportRow r : rows) {
            groups.computeIfAbsent(r.group(), g -> new HashMap<>()).putIfAbsent(r.metric(), r);
        }
        for (Map<String, ReportRow> g : groups.values()) {
            ReportRow impressions = g.get("impressions");
            ReportRow reach = g.get("unique_reach");
            ReportRow audience = g.get("target_audience_reach");
            ReportRow clicks = g.get("clicks");
            ReportRow views = g.get("video_views");
            ReportRow watch = g.get("watch_time");
            if (reach != null && impressions != null && reach.value().compareTo(impressions.value()) > 0) {
                errors.add(RowError.of(reach.line(), "value", "reach.row.reachAboveImpressions",
                        plain(reach), plain(impressions), impressions.line()));
            }
            if (audience != null && reach != null && audience.value().compareTo(reach.value()) > 0) {
                errors.add(RowError.of(audience.line(), "value", "reach.row.audienceAboveReach",
                        plain(audience), plain(reach), reach.line()));
            }
            if (clicks != null && impressions != null && clicks.value().compareTo(impressions.value()) > 0) {
                errors.add(RowError.of(clicks.line(), "value", "reach.row.ctr", plain(clicks), plain(impressions),
                        impressions.line()));
            }
            if (watch != null && watch.value().signum() > 0) {
                BigDecimal max = views == null ? BigDecimal.ZERO
                        : views.value().multiply(BigDecimal.valueOf(MAX_SECONDS_PER_VIEW));
                if (views != null && watch.value().compareTo(max) > 0) {
                    errors.add(RowError.of(watch.line(), "value", "reach.row.watchTime", plain(watch), plain(views),
                            MAX_SECONDS_PER_VIEW));
                } else if (views != null && views.value().signum() == 0) {
                    errors.add(RowError.of(watch.line(), "value", "reach.row.watchTime", plain(watch), "0",
                            MAX_SECONDS_PER_VIEW));
                }
            }
        }
    }

    /** No two rows of one platform and metric on the same day: within the report, and against stored figures. */
    static void overlaps(List<ReportRow> rows, List<StoredRow> stored, List<RowError> errors) {
        Map<String, TreeMap<LocalDate, StoredRow>> storedByKey = new HashMap<>();
        for (StoredRow s : stored) {
            storedByKey.computeIfAbsent(s.platform() + "|" + s.metric(), k -> new TreeMap<>()).put(s.from(), s);
        }
        Map<String, List<ReportRow>> byKey = new HashMap<>();
        for (ReportRow r : rows) {
            byKey.computeIfAbsent(r.platform().name() + "|" + r.metric(), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<ReportRow>> e : byKey.entrySet()) {
            List<ReportRow> list = e.getValue();
            list.sort(Comparator.comparing(ReportRow::from).thenComparingInt(ReportRow::line));
            ReportRow furthest = null;
            for (ReportRow r : list) {
                if (furthest != null && !r.from().isAfter(furthest.to())) {
                    errors.add(RowError.of(r.line(), "date_from", "reach.row.overlap", furthest.line()));
                }
                if (furthest == null || r.to().isAfter(furthest.to())) {
                    furthest = r;
                }
            }
            TreeMap<LocalDate, StoredRow> existing = storedByKey.get(e.getKey());
            if (existing != null) {
                for (ReportRow r : list) {
                    Map.Entry<LocalDate, StoredRow> candidate = existing.floorEntry(r.to());
                    if (candidate != null && !candidate.getValue().to().isBefore(r.from())) {
                        StoredRow s = candidate.getValue();
                        errors.add(RowError.of(r.line(), "date_from", "reach.row.overlapStored", s.reportId(),
                                s.from(), s.to()));
                    }
                }
            }
        }
    }

    private static LocalDate date(String text, LocalDate fallback, int line, String field, List<RowError> errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(RowError.of(line, field, "reach.row.date", text(text)));
            return null;
        }
    }

    private static String plain(ReportRow r) {
        return r.value().toPlainString();
    }

    private static String text(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
