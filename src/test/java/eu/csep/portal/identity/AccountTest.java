package eu.csep.portal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.identity.control.OneTimeTokens;
import eu.csep.portal.identity.entity.Account;
import eu.csep.portal.identity.entity.AccountStatus;
import eu.csep.portal.identity.entity.Organisation;
import eu.csep.portal.identity.entity.Role;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AccountTest {

    private final Organisation ngo = new Organisation("Voices of Peace asbl", "be", " 0712.345.678 ", "Voices-Of-Peace.org");
    private final OffsetDateTime now = OffsetDateTime.of(2026, 11, 28, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void theFifthFailureLocksForTheLockoutPeriodAndSuccessResetsTheCount() {
        Account account = Account.active("Anna@Voices-of-Peace.org", "Anna", Role.APPLICANT, ngo, "hash");
        assertEquals("anna@voices-of-peace.org", account.getEmail());
        for (int i = 1; i < 5; i++) {
            assertFalse(account.recordFailedLogin(now, 5, Duration.ofMinutes(15)), "attempt " + i);
        }
        assertTrue(account.recordFailedLogin(now, 5, Duration.ofMinutes(15)));
        assertTrue(account.isLockedAt(now.plusMinutes(14)));
        assertFalse(account.isLockedAt(now.plusMinutes(15)));
        account.recordSuccessfulLogin();
        assertEquals(0, account.getFailedLogins());
        assertFalse(account.isLockedAt(now));
    }

    @Test
    void aPasswordResetConfirmsTheAddressAndLiftsTheLock() {
        Account account = Account.registered("zoe@example.org", "Zoé", ngo, "old");
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(now, 5, Duration.ofMinutes(15));
        }
        account.resetPassword("new");
        assertEquals(AccountStatus.ACTIVE, account.getStatus());
        assertFalse(account.isLockedAt(now));
        assertEquals("new", account.getPasswordHash());
    }

    @Test
    void applicantsBelongToAnOrganisationAndStaffToNone() {
        assertThrows(IllegalArgumentException.class, () -> Account.invited("x@example.org", "X", Role.APPLICANT, null));
        assertThrows(IllegalArgumentException.class, () -> Account.invited("x@example.org", "X", Role.OFFICER, ngo));
        Account invited = Account.invited("r@example.org", "R", Role.REVIEWER, null);
        assertEquals(AccountStatus.INVITED, invited.getStatus());
        invited.acceptInvitation(" Rita ", "hash");
        assertEquals("Rita", invited.getDisplayName());
        assertThrows(IllegalStateException.class, () -> invited.acceptInvitation("Rita", "again"));
    }

    @Test
    void organisationsNormaliseTheirKeysAndOwnTheirDomainAndSubdomains() {
        assertEquals("BE", ngo.getCountry());
        assertEquals("0712.345.678", ngo.getRegistrationNumber());
        assertTrue(ngo.ownsAddress("anna@voices-of-peace.org"));
        assertTrue(ngo.ownsAddress("ben@brussels.voices-of-peace.org"));
        assertFalse(ngo.ownsAddress("eve@evil-voices-of-peace.org"));
        assertFalse(ngo.ownsAddress("eve@voices-of-peace.org.evil.com"));
    }

    @Test
    void tokensAreUnguessableAndOnlyTheirHashIsKept() {
        String token = OneTimeTokens.newToken();
        assertTrue(OneTimeTokens.isWellFormed(token));
        assertFalse(token.equals(OneTimeTokens.newToken()));
        assertEquals(64, OneTimeTokens.hash(token).length());
        assertFalse(OneTimeTokens.hash(token).contains(token));
        assertFalse(OneTimeTokens.isWellFormed("../../etc/passwd"));
        assertFalse(OneTimeTokens.isWellFormed(null));
    }
}
