package org.beacon.portal.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.ejb.EJB;

import org.beacon.portal.testing.AsAdministrator;
import org.beacon.portal.testing.LoggedMessages;
import org.beacon.portal.testing.PortalDeployment;
import org.beacon.portal.testing.TestData;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class SubscriberImportIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.create("subscriber-import-it");
    }

    @EJB
    SubscriberImports imports;

    @EJB
    SubscriberAdmin admin;

    @EJB
    Subscriptions subscriptions;

    @EJB
    AsAdministrator asAdministrator;

    @EJB
    TestData testData;

    private SubscriberImport run(byte[] csv) throws Exception {
        return finished(start(csv));
    }

    private long start(byte[] csv) throws Exception {
        ImportPreview preview = asAdministrator.call(() -> imports.upload("members.csv", csv));
        assertThat(preview.emailColumn()).isEqualTo(0);
        assertThat(preview.nameColumn()).isEqualTo(1);
        asAdministrator.call(() -> {
            imports.start(preview.importId(), 0, 1, List.of(2L), "Signed the paper form at our 2025 events");
            return null;
        });
        return preview.importId();
    }

    private SubscriberImport finished(long importId) {
        return Awaitility.await("the import to finish").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> asAdministrator.call(() -> imports.status(importId)),
                        status -> status.getStatus() == SubscriberImport.Status.DONE || status.getStatus() == SubscriberImport.Status.FAILED);
    }

    @Test
    void rowsAreMergedByAddressSuppressedOnesSkippedBadOnesReportedAndRunningItAgainChangesNothing() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String suppressed = "left-" + tag + "@example.org";
        Subscriber gone = asAdministrator.call(() -> {
            ManualSubscriber manual = new ManualSubscriber();
            manual.setEmail(suppressed);
            manual.setLists(Set.of(1L));
            manual.setConsentBasis("Asked in person");
            return admin.addByHand(manual);
        });
        asAdministrator.call(() -> {
            admin.erase(gone.getId());
            return null;
        });
        String csv = "Email,First name\r\n"
                + "new1-" + tag + "@example.org,Ana\r\n"
                + "NEW1-" + tag + "@Example.org,Ana again\r\n"
                + "new2-" + tag + "@example.org,\r\n"
                + "not an address,Bob\r\n"
                + suppressed + ",Sam\r\n";

        SubscriberImport first = run(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(first.getStatus()).isEqualTo(SubscriberImport.Status.DONE);
        assertThat(first.getProcessedRows()).isEqualTo(5);
        assertThat(first.getAdded()).isEqualTo(2);
        assertThat(first.getDuplicates()).isEqualTo(1);
        assertThat(first.getInvalid()).isEqualTo(1);
        assertThat(first.getSuppressed()).isEqualTo(1);
        assertThat(first.getMessage()).contains("2 added", "1 suppressed", "1 repeated", "1 rejected");
        String rejected = new String(asAdministrator.call(() -> imports.rejected(first.getId())), StandardCharsets.UTF_8);
        assertThat(rejected).contains("Row,Reason,Email as given", "5,An email address cannot contain spaces or line breaks.,not an address");
        assertThat(asAdministrator.call(() -> admin.isSuppressed(suppressed))).isTrue();
        assertThat(asAdministrator.call(() -> admin.subscribers(new SubscriberFilter(suppressed, null, null, null, null), 0, 5))).isEmpty();

        List<Subscriber> added = asAdministrator.call(() -> admin.subscribers(new SubscriberFilter("new1-" + tag, 2L, SubscriberStatus.CONFIRMED, null, null), 0, 5));
        assertThat(added).singleElement().extracting(Subscriber::getFirstName).isEqualTo("Ana");
        SubscriberDetail detail = asAdministrator.call(() -> admin.subscriber(added.get(0).getId()));
        assertThat(detail.subscriptions()).singleElement().satisfies(s -> assertThat(s.getConsentSource()).startsWith("import: Signed the paper"));
        assertThat(detail.history()).singleElement().satisfies(event -> {
            assertThat(event.getKind()).isEqualTo(SubscriberEvent.Kind.IMPORTED);
            assertThat(event.getDetail()).contains("members.csv", "row 2");
        });
        int historyBefore = detail.history().size();

        SubscriberImport again = run(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(again.getAdded()).isZero();
        assertThat(again.getUpdated()).isZero();
        assertThat(again.getUnchanged()).isEqualTo(2);
        assertThat(asAdministrator.call(() -> admin.subscriber(added.get(0).getId())).history()).hasSize(historyBefore);
    }

    @Test
    void someoneAlreadyKnownIsUpdatedInPlaceBesideNewPeopleAndLaterSignUpsGetTheirOwnIds() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Subscriber known = asAdministrator.call(() -> {
            ManualSubscriber manual = new ManualSubscriber();
            manual.setEmail("known-" + tag + "@example.org");
            manual.setLists(Set.of(1L));
            manual.setConsentBasis("Asked in person");
            return admin.addByHand(manual);
        });
        String csv = "email,first_name\n" + "fresh-" + tag + "@example.org,Lee\n" + "Known-" + tag + "@example.org,Kim\n";

        SubscriberImport run = run(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(run.getStatus()).isEqualTo(SubscriberImport.Status.DONE);
        assertThat(run.getAdded()).isEqualTo(1);
        assertThat(run.getUpdated()).isEqualTo(1);
        SubscriberDetail kim = asAdministrator.call(() -> admin.subscriber(known.getId()));
        assertThat(kim.subscriber().getFirstName()).isEqualTo("Kim");
        assertThat(kim.subscriptions()).extracting(s -> s.getList().getId()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(kim.history()).anySatisfy(event -> {
            assertThat(event.getKind()).isEqualTo(SubscriberEvent.Kind.IMPORTED);
            assertThat(event.getDetail()).contains("members.csv", "row 3");
        });
        Subscriber lee = asAdministrator.call(() -> admin.subscribers(new SubscriberFilter("fresh-" + tag, 2L, SubscriberStatus.CONFIRMED, null, null), 0, 5))
                .get(0);
        assertThat(lee.getFirstName()).isEqualTo("Lee");
        assertThat(asAdministrator.call(() -> admin.subscriber(lee.getId())).history()).singleElement()
                .satisfies(event -> assertThat(event.getDetail()).contains("row 2"));

        Subscriber later = asAdministrator.call(() -> {
            ManualSubscriber manual = new ManualSubscriber();
            manual.setEmail("later-" + tag + "@example.org");
            manual.setLists(Set.of(1L));
            manual.setConsentBasis("Asked in person");
            return admin.addByHand(manual);
        });
        assertThat(later.getId()).isGreaterThan(lee.getId());
        assertThat(asAdministrator.call(() -> admin.subscriber(later.getId())).history()).isNotEmpty();
    }

    @Test
    void someoneSigningUpWithAnAddressWhileItIsImportedKeepsTheirRowAndTheImportStillFinishes() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String racing = "racing-" + tag + "@example.org";
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SubscriberImport run;
        try (LoggedMessages importLog = LoggedMessages.of(SubscriberImportJob.class)) {
            CompletableFuture<Void> signUp = CompletableFuture.runAsync(() -> {
                try {
                    testData.subscriberHeldOpen(racing, inserted, release);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
            long importId;
            try {
                importId = start(("email,name\n" + racing + ",Rae\nother-" + tag + "@example.org,Oli\n").getBytes(StandardCharsets.UTF_8));
                // The sign-up commits only once the import has met its uncommitted row: the chunk that ran into it
                // failed (the import logs it and goes on), so what follows is the race, however slow the machine.
                Awaitility.await("the import to run into the sign-up's uncommitted row").atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(100)).until(() -> importLog.anyStartsWith("Import " + importId + ": a chunk failed"));
            } finally {
                release.countDown();
            }
            signUp.get(10, TimeUnit.SECONDS);
            run = finished(importId);
        }

        assertThat(run.getStatus()).isEqualTo(SubscriberImport.Status.DONE);
        assertThat(run.getAdded()).isEqualTo(1);
        assertThat(run.getUpdated()).isEqualTo(1);
        List<Subscriber> rows = asAdministrator.call(() -> admin.subscribers(new SubscriberFilter(racing, null, null, null, null), 0, 5));
        assertThat(rows).singleElement().satisfies(s -> {
            assertThat(s.getSource()).isEqualTo("test");
            assertThat(s.getFirstName()).isEqualTo("Rae");
        });
    }

    @Test
    void aBrokenFileIsRefusedWithTheReasonAndNothingIsKept() throws Exception {
        int before = asAdministrator.call(() -> imports.recent()).size();
        assertThatThrownBy(() -> asAdministrator.call(() -> imports.upload("broken.csv",
                "email,name\na@example.org,\"never closed\nb@example.org,B\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(SubscriberRefused.class).hasMessageContaining("never closed");
        assertThatThrownBy(() -> asAdministrator.call(() -> imports.upload("empty.csv", new byte[0])))
                .isInstanceOf(SubscriberRefused.class).hasMessage("The file is empty.");
        assertThat(asAdministrator.call(() -> imports.recent())).hasSize(before);
    }
}
