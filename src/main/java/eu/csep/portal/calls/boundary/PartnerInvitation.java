package eu.csep.portal.calls.boundary;

import eu.csep.portal.calls.entity.ProposalPartner;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Step 3 input: invite the organisation of this member's e-mail address, with its role and budget share (EUR). */
public record PartnerInvitation(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = ProposalPartner.ROLE_LENGTH) String role,
        @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2) BigDecimal budgetShare) {
}
