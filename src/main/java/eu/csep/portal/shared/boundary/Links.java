package eu.csep.portal.shared.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute links for e-mails. Behind a proxy set portal.base-url (e.g. https://csep.example.eu); otherwise the
 * address the current request came in on is used.
 */
@RequestScoped
public class Links {

    @Inject
    @ConfigProperty(name = "portal.base-url")
    Optional<String> configuredBase;

    @Inject
    HttpServletRequest request;

    public String to(String page, String parameter, String value) {
        return base() + "/" + page + "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    String base() {
        if (configuredBase.isPresent() && !configuredBase.get().isBlank()) {
            return configuredBase.get().replaceAll("/+$", "");
        }
        String url = request.getScheme() + "://" + request.getServerName();
        boolean defaultPort = ("http".equals(request.getScheme()) && request.getServerPort() == 80)
                || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
        return url + (defaultPort ? "" : ":" + request.getServerPort()) + request.getContextPath();
    }
}
