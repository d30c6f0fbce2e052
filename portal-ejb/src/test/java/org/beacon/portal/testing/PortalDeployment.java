package org.beacon.portal.testing;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.jboss.shrinkwrap.resolver.api.maven.PomEquippedResolveStage;

/**
 * The application as a test deployment: every class of portal-ejb with its persistence unit, migrations and
 * libraries, in one WAR, so the Arquillian tests run against the real schema on the real server.
 */
public final class PortalDeployment {

    private PortalDeployment() {
    }

    public static WebArchive create(String name) {
        PomEquippedResolveStage pom = Maven.resolver().loadPomFromFile("pom.xml");
        File[] libraries = pom.importCompileAndRuntimeDependencies().resolve().withTransitivity().asFile();
        // The tests' own assertions run inside the server too, and so does the SMTP server the outbox tests stop and start.
        File[] assertions = pom.resolve("org.assertj:assertj-core", "com.icegreen:greenmail").withoutTransitivity().asFile();
        // And their waiting for a condition (Awaitility brings Hamcrest).
        File[] waiting = pom.resolve("org.awaitility:awaitility").withTransitivity().asFile();
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addPackages(true, "org.beacon.portal")
                .addAsLibraries(libraries)
                .addAsLibraries(assertions)
                .addAsLibraries(waiting)
                .addAsResource("META-INF/persistence.xml")
                .addAsWebInfResource("META-INF/beans.xml", "beans.xml")
                .addAsWebInfResource("jboss-deployment-structure.xml");
        for (File job : new File("src/main/resources/META-INF/batch-jobs").listFiles()) {
            war.addAsResource(job, "META-INF/batch-jobs/" + job.getName());
        }
        for (File migration : new File("src/main/resources/db/migration").listFiles()) {
            war.addAsResource(migration, "db/migration/" + migration.getName());
        }
        return war;
    }
}
