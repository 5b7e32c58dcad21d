package eu.csep.portal.calls.entity;

import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;

/** Step 2: target audience and narrative, the RAN GAMMMA+ elements plus the grievances and pull factors addressed. */
public record ProposalNarrative(@Size(max = 4000) String goal, @Size(max = 4000) String audience,
        @Size(max = 4000) String grievances, @Size(max = 4000) String message, @Size(max = 4000) String messenger,
        @Size(max = 4000) String media, @Size(max = 4000) String action) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
}
