package eu.csep.portal.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2-HMAC-SHA256 password hashes (Jakarta Security's {@link Pbkdf2PasswordHash}); the stored form carries
 * its own algorithm, iterations and salt, so raising the iteration count later keeps old hashes valid.
 */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "security.pbkdf2.iterations", defaultValue = "210000")
    int iterations;

    /** A hash of a random password, verified against when the account is unknown so timing reveals nothing. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate(OneTimeTokens.newToken().toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        if (storedHash == null) {
            pbkdf2.verify(password.toCharArray(), decoy);
            return false;
        }
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }
}
