package eu.csep.portal.shared.boundary;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's one datasource. Every value comes from MicroProfile Config (system properties, environment
 * variables such as DB_URL, or META-INF/microprofile-config.properties for the embedded H2 default), so the
 * same WAR runs on H2 for a developer and on PostgreSQL in production without a rebuild.
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "${MPCONFIG=db.class}",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit"})
@ApplicationScoped
public class DataSourceConfiguration {
    public static final String JNDI_NAME = "java:app/jdbc/portal";
}
