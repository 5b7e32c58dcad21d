package eu.csep.portal.calls.boundary;

import eu.csep.portal.calls.entity.KpiTarget;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Step 5 as entered: KPI targets per platform and free-text impact indicators. */
public record TargetsStep(@Size(max = 20) List<@Valid KpiTarget> kpis, @Size(max = 4000) String impactIndicators) {
}
