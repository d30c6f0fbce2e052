package org.beacon.portal.testing;

import java.io.File;
import java.util.Arrays;
import java.util.stream.Stream;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.jboss.shrinkwrap.resolver.api.maven.PomEquippedResolveStage;

/**
 * The application as a test deployment: every class of portal-ejb with its persistence unit, migrations and
 * libraries, in one WAR, so the Arquillian tests run against the real schema on the real server.
 * <p>
 * Arquillian deploys it once per test class, and each deployment boots the persistence unit, search and migrations
 * again (seconds each), so the tests of one capability share one class: {@code ContentIT}, {@code SubscribersIT}.
 * Not {@code @Nested} classes within one: Arquillian's JUnit 5 support (1.10.2) runs those outside the server, where
 * nothing is injected (arquillian-core issue 773).
 */
public final class PortalDeployment {

    private PortalDeployment() {
    }

    public static WebArchive create(String name) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addPackages(true, "org.beacon.portal")
                .addAsLibraries(Libraries.ALL)
                .addAsResource("META-INF/persistence.xml")
                .addAsResource("org/beacon/portal/platform/portal-version.properties")
                .addAsWebInfResource("META-INF/beans.xml", "beans.xml")
                .addAsWebInfResource(new File("src/main/resources/META-INF/ejb-jar.xml"), "ejb-jar.xml")
                .addAsWebInfResource("jboss-deployment-structure.xml");
        for (File job : new File("src/main/resources/META-INF/batch-jobs").listFiles()) {
            war.addAsResource(job, "META-INF/batch-jobs/" + job.getName());
        }
        for (File migration : new File("src/main/resources/db/migration").listFiles()) {
            war.addAsResource(migration, "db/migration/" + migration.getName());
        }
        return war;
    }

    /**
     * The libraries, resolved from the Maven graph once per test run (on first use) rather than once per deployment:
     * they cannot change while the tests run, and resolving them again is a second or so each time.
     */
    private static final class Libraries {

        static final File[] ALL = resolve();

        private static File[] resolve() {
            PomEquippedResolveStage pom = Maven.resolver().loadPomFromFile("pom.xml");
            File[] application = pom.importCompileAndRuntimeDependencies().resolve().withTransitivity().asFile();
            // The tests' own assertions run inside the server too, and so does the SMTP server the outbox tests stop and start.
            File[] assertions = pom.resolve("org.assertj:assertj-core", "com.icegreen:greenmail").withoutTransitivity().asFile();
            // And their waiting for a condition (Awaitility brings Hamcrest), and the SMTP server that requires STARTTLS.
            File[] waiting = pom.resolve("org.awaitility:awaitility", "com.github.davidmoten:subethasmtp").withTransitivity().asFile();
            return Stream.of(application, assertions, waiting).flatMap(Arrays::stream).toArray(File[]::new);
        }
    }
}
