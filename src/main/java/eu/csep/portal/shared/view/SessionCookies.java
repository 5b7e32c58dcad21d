package eu.csep.portal.shared.view;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Session cookie flags: HttpOnly always (SameSite=Lax is set in glassfish-web.xml); Secure when session.cookie.secure=true (production,
 * behind HTTPS). A developer on http://localhost keeps it false, or the browser would drop the cookie.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(ConfigProvider.getConfig().getOptionalValue("session.cookie.secure", Boolean.class)
                .orElse(false));
    }
}
