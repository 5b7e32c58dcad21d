package eu.csep.portal.calls.entity;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;

/** Step 1: what the proposal is. Everything may be blank in a draft; the eligibility check asks for it. */
public record ProposalSummary(@Size(max = 300) String title,
        @Size(max = 30) @Pattern(regexp = "[\\p{L}\\p{N} .&+-]*") String acronym,
        @Size(max = 4000) String abstractText,
        @Size(max = 300) String languages,
        @Size(max = 300) @Pattern(regexp = "[A-Za-z, ]*") String targetCountries) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
}
