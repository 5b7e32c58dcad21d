package eu.csep.portal.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment every integration test uses: the real WAR that `mvn package` built, unchanged. */
public final class PortalDeployment {

    private PortalDeployment() {
    }

    public static WebArchive realWar() {
        File war = new File(System.getProperty("app.war", "target/app.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "portal.war").importFrom(war).as(WebArchive.class);
    }
}
