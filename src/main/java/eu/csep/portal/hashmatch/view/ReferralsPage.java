package eu.csep.portal.hashmatch.view;

import eu.csep.portal.hashmatch.boundary.Referrals;
import eu.csep.portal.hashmatch.control.ReferralStats;
import eu.csep.portal.hashmatch.entity.Referral;
import eu.csep.portal.hashmatch.entity.RemovalOrder;
import eu.csep.portal.shared.control.Texts;
import eu.csep.portal.shared.view.LocaleSelection;
import eu.csep.portal.shared.view.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Backs /hashadmin/referrals.xhtml: record referrals and their outcomes, the referral table (paging, sort, CSV),
 * counts and removal rates per platform and month (table and chart), the overdue list, and TCO removal orders
 * with their live one-hour countdown.
 */
@Named
@ViewScoped
public class ReferralsPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#1565c0", "#2e7d32", "#f9a825", "#c62828", "#6a1b9a", "#00838f",
        "#4e342e", "#ad1457", "#558b2f", "#37474f"};

    @Inject
    Referrals referrals;

    @Inject
    LocaleSelection localeSelection;

    private transient List<Referral> all;
    private transient List<Referral> overdue;
    private transient List<ReferralStats.Row> perMonth;
    private transient List<ReferralStats.Row> perPlatform;
    private transient List<RemovalOrder> orders;

    private String url;
    private String platform;
    private LocalDate referredOn = LocalDate.now(ZoneOffset.UTC);
    private String category;
    private String entries;

    private Long referralId;
    private String outcome;
    private LocalDate outcomeOn = LocalDate.now(ZoneOffset.UTC);

    private String orderUrl;
    private String orderPlatform;
    private String authority;

    public List<String> getPlatforms() {
        return referrals.platforms();
    }

    public int getOverdueDays() {
        return referrals.overdueDays();
    }

    public List<Referral> getReferrals() {
        if (all == null) {
            all = referrals.referrals();
        }
        return all;
    }

    public List<Referral> getOverdue() {
        if (overdue == null) {
            overdue = referrals.overdue();
        }
        return overdue;
    }

    public List<ReferralStats.Row> getPerMonth() {
        if (perMonth == null) {
            perMonth = referrals.statsPerMonth();
        }
        return perMonth;
    }

    public List<ReferralStats.Row> getPerPlatform() {
        if (perPlatform == null) {
            perPlatform = referrals.statsPerPlatform();
        }
        return perPlatform;
    }

    public List<RemovalOrder> getOrders() {
        if (orders == null) {
            orders = referrals.orders();
        }
        return orders;
    }

    public boolean orderOverdue(RemovalOrder o) {
        return o.isOverdue(OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** The instant as ISO-8601 in UTC with seconds, for the client-side countdown. */
    public String utc(OffsetDateTime time) {
        return time == null ? "" : java.time.format.DateTimeFormatter.ISO_INSTANT.format(time.toInstant());
    }

    /** Chart.js configuration: removal rate (%) per month, one bar series per platform. */
    public String getRateChart() {
        List<ReferralStats.Row> rows = getPerMonth();
        List<YearMonth> months = new ArrayList<>(new TreeSet<>(rows.stream().map(ReferralStats.Row::period).toList()));
        List<String> platforms = new ArrayList<>(new TreeSet<>(rows.stream().map(ReferralStats.Row::platform).toList()));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        months.forEach(m -> labels.add(m.toString()));
        JsonArrayBuilder sets = Json.createArrayBuilder();
        for (int i = 0; i < platforms.size(); i++) {
            String p = platforms.get(i);
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (YearMonth m : months) {
                BigDecimal rate = rows.stream().filter(r -> r.platform().equals(p) && r.period().equals(m))
                        .findFirst().map(ReferralStats.Row::removalRate).orElse(null);
                if (rate == null) {
                    data.addNull();
                } else {
                    data.add(rate);
                }
            }
            sets.add(Json.createObjectBuilder().add("label", p).add("backgroundColor", COLOURS[i % COLOURS.length])
                    .add("data", data));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                                .add("display", true).add("text", Texts.get(localeSelection.getLocale(),
                                        "hashmatch.referral.chartTitle"))))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true).add("max", 100))))
                .build().toString();
    }

    public String refer() {
        return Messages.attemptOrNull("refer", () -> {
            Referral r = referrals.refer(new Referrals.ReferralDraft(url, platform, referredOn, category, entryIds()));
            return done("hashmatch.referral.created", r.getId());
        });
    }

    public String recordOutcome() {
        return Messages.attemptOrNull("outcomeForm", () -> {
            if (referralId == null) {
                Messages.error("outcomeForm:referralId", "hashmatch.field.required");
                return null;
            }
            referrals.recordOutcome(referralId, outcome, outcomeOn);
            return done("hashmatch.referral.outcomeSaved", referralId);
        });
    }

    public String receiveOrder() {
        return Messages.attemptOrNull("order", () -> {
            RemovalOrder o = referrals.receiveOrder(new Referrals.OrderDraft(orderUrl, orderPlatform, authority, null));
            return done("hashmatch.order.created", o.getId());
        });
    }

    public String orderOutcome(long id, String result) {
        return Messages.attemptOrNull("orders", () -> {
            referrals.orderOutcome(id, result, null);
            return done("hashmatch.order.outcomeSaved", id);
        });
    }

    private static String done(String key, Object argument) {
        Messages.info(key, argument);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/hashadmin/referrals?faces-redirect=true";
    }

    private List<Long> entryIds() {
        if (entries == null || entries.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(entries.split("[,;\\s]+")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            throw eu.csep.portal.shared.boundary.Refusal.invalid("entries", "hashmatch.referral.unknownEntries");
        }
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getPlatform() {
        return platform;
    }

    public void setPlatform(String platform) {
        this.platform = platform;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public void setReferredOn(LocalDate referredOn) {
        this.referredOn = referredOn;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getEntries() {
        return entries;
    }

    public void setEntries(String entries) {
        this.entries = entries;
    }

    public Long getReferralId() {
        return referralId;
    }

    public void setReferralId(Long referralId) {
        this.referralId = referralId;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public LocalDate getOutcomeOn() {
        return outcomeOn;
    }

    public void setOutcomeOn(LocalDate outcomeOn) {
        this.outcomeOn = outcomeOn;
    }

    public String getOrderUrl() {
        return orderUrl;
    }

    public void setOrderUrl(String orderUrl) {
        this.orderUrl = orderUrl;
    }

    public String getOrderPlatform() {
        return orderPlatform;
    }

    public void setOrderPlatform(String orderPlatform) {
        this.orderPlatform = orderPlatform;
    }

    public String getAuthority() {
        return authority;
    }

    public void setAuthority(String authority) {
        this.authority = authority;
    }
}
