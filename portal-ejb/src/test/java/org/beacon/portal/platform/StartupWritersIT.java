package org.beacon.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.ejb.EJB;

import org.beacon.portal.testing.PortalDeployment;
import org.beacon.portal.testing.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two servers of the portal booting at once on one database: each start-up writer checks what is there and then
 * writes, and the second must neither write again nor fail (a failed {@code @PostConstruct} fails the deployment).
 * The first holds its transaction open until the second has run into it, so the two really overlap.
 */
@ExtendWith(ArquillianExtension.class)
class StartupWritersIT {

    private static final boolean POSTGRESQL = System.getenv("PORTAL_DB_URL").startsWith("jdbc:postgresql:");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.create("startup-writers-it");
    }

    @EJB
    ServersBooting booting;

    @EJB
    TestData testData;

    @Test
    void twoServersStoringTheTokenKeyAtOnceBothGoOnWithTheOneKeyStored() throws Exception {
        String name = "k-" + UUID.randomUUID();
        CountDownLatch stored = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            CompletableFuture<byte[]> first = CompletableFuture.supplyAsync(() -> {
                try {
                    return booting.keyStoredHeldOpen(name, stored, release);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(stored.await(30, TimeUnit.SECONDS)).isTrue();
            if (!POSTGRESQL) {
                // H2 gives up on a row another holds after its lock timeout, ON CONFLICT or not; its database is one
                // server's own file, so only one after the other happens there, and the second finds the key.
                release.countDown();
                assertThat(booting.keyStored(name)).isEqualTo(first.get(30, TimeUnit.SECONDS));
                assertThat(booting.keysNamed(name)).isEqualTo(1);
                return;
            }
            CompletableFuture<byte[]> second = CompletableFuture.supplyAsync(() -> booting.keyStored(name));
            await().atMost(Duration.ofSeconds(30)).until(testData::someoneWaitsForALock);
            release.countDown();

            assertThat(second.get(30, TimeUnit.SECONDS)).as("the second server's key").isEqualTo(first.get(30, TimeUnit.SECONDS));
            assertThat(booting.keysNamed(name)).isEqualTo(1);
        } finally {
            release.countDown();
        }
    }

    @Test
    void twoServersCreatingTheFirstAdministratorAtOnceMakeOneAndNeitherFails() throws Exception {
        String email = ("first-" + UUID.randomUUID() + "@example.org").toLowerCase(Locale.ROOT);
        CountDownLatch added = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> {
                try {
                    return booting.staffAddedHeldOpen(email, added, release);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(added.await(30, TimeUnit.SECONDS)).isTrue();
            if (!POSTGRESQL) {
                // H2 has no advisory lock, and needs none: its database is one server's own file. Once the first
                // has committed, a second writer finds the row and writes nothing.
                release.countDown();
                assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
                assertThat(booting.staffAdded(email)).isFalse();
                assertThat(booting.staffNamed(email)).isEqualTo(1);
                return;
            }
            CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> booting.staffAdded(email));
            // The second waits on the start-up lock before it even counts, rather than on the unique key after.
            await().atMost(Duration.ofSeconds(30)).until(testData::someoneWaitsForALock);
            release.countDown();

            assertThat(first.get(30, TimeUnit.SECONDS)).as("the first server created it").isTrue();
            assertThat(second.get(30, TimeUnit.SECONDS)).as("the second found it there").isFalse();
            assertThat(booting.staffNamed(email)).isEqualTo(1);
        } finally {
            release.countDown();
        }
    }

    @Test
    void twoServersCatchingUpTheSearchIndexTakeTurns() throws Exception {
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
                try {
                    booting.searchIndexTurnHeld(taken, release);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(taken.await(30, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Void> second = CompletableFuture.runAsync(booting::searchIndexTurnTaken);
            if (POSTGRESQL) {
                // One shared index: the second server waits for the first to have caught up before it compares counts.
                await().atMost(Duration.ofSeconds(30)).until(testData::someoneWaitsForALock);
                assertThat(second).isNotDone();
            }
            // On H2 (one server's own database and index) nobody waits; either way the turn passes on once released.
            release.countDown();
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
        }
    }
}
