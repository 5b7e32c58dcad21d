package eu.csep.portal.calls.boundary;

import eu.csep.portal.calls.entity.CallForProposals;
import eu.csep.portal.calls.entity.CallTerms;
import eu.csep.portal.shared.control.PlainText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * What an officer types to prepare a call. Dates are entered in Brussels time (the programme's time) and stored
 * in UTC. The form binds to it directly; the boundary validates it again.
 */
public class CallForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @NotBlank
    @Size(max = CallTerms.IDENTIFIER_MAX)
    @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "{eu.csep.portal.CallIdentifier.message}")
    private String identifier;

    @NotBlank
    @Size(max = CallTerms.TITLE_MAX)
    @PlainText
    private String title;

    @NotBlank
    @Size(max = CallTerms.DESCRIPTION_MAX)
    private String description;

    @NotNull
    private LocalDateTime opensAt;

    @NotNull
    private LocalDateTime deadline;

    @NotNull
    @Positive
    @Digits(integer = 13, fraction = 2)
    private BigDecimal budget;

    @NotNull
    @Positive
    @Digits(integer = 13, fraction = 2)
    private BigDecimal minGrant;

    @NotNull
    @Positive
    @Digits(integer = 13, fraction = 2)
    private BigDecimal maxGrant;

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    private BigDecimal maxCofinancingRate = new BigDecimal("90");

    @Min(0)
    @Max(50)
    private int minPartners = 3;

    @Min(1)
    @Max(120)
    private int maxDurationMonths = 24;

    @Size(max = 80)
    @PlainText
    private String rubricReference;

    public static CallForm of(CallForProposals call) {
        CallForm form = new CallForm();
        CallTerms t = call.terms();
        form.identifier = call.getIdentifier();
        form.title = t.title();
        form.description = t.description();
        form.opensAt = t.opensAt().atZoneSameInstant(BRUSSELS).toLocalDateTime();
        form.deadline = t.deadline().atZoneSameInstant(BRUSSELS).toLocalDateTime();
        form.budget = t.budget();
        form.minGrant = t.minGrant();
        form.maxGrant = t.maxGrant();
        form.maxCofinancingRate = t.maxCofinancingRate();
        form.minPartners = t.minPartners();
        form.maxDurationMonths = t.maxDurationMonths();
        form.rubricReference = t.rubricReference();
        return form;
    }

    CallTerms terms() {
        return new CallTerms(title, description, opensAt.atZone(BRUSSELS).toOffsetDateTime(),
                deadline.atZone(BRUSSELS).toOffsetDateTime(), budget, minGrant, maxGrant, maxCofinancingRate,
                minPartners, maxDurationMonths, rubricReference);
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDateTime deadline) {
        this.deadline = deadline;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public BigDecimal getMinGrant() {
        return minGrant;
    }

    public void setMinGrant(BigDecimal minGrant) {
        this.minGrant = minGrant;
    }

    public BigDecimal getMaxGrant() {
        return maxGrant;
    }

    public void setMaxGrant(BigDecimal maxGrant) {
        this.maxGrant = maxGrant;
    }

    public BigDecimal getMaxCofinancingRate() {
        return maxCofinancingRate;
    }

    public void setMaxCofinancingRate(BigDecimal maxCofinancingRate) {
        this.maxCofinancingRate = maxCofinancingRate;
    }

    public int getMinPartners() {
        return minPartners;
    }

    public void setMinPartners(int minPartners) {
        this.minPartners = minPartners;
    }

    public int getMaxDurationMonths() {
        return maxDurationMonths;
    }

    public void setMaxDurationMonths(int maxDurationMonths) {
        this.maxDurationMonths = maxDurationMonths;
    }

    public String getRubricReference() {
        return rubricReference;
    }

    public void setRubricReference(String rubricReference) {
        this.rubricReference = rubricReference;
    }
}
