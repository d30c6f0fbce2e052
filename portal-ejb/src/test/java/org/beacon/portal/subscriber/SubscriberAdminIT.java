package org.beacon.portal.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.beacon.portal.testing.AsAdministrator;
import org.beacon.portal.testing.Subscribers;
import org.beacon.portal.testing.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class SubscriberAdminIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.create("subscriber-admin-it");
    }

    @EJB
    SubscriberAdmin admin;

    @EJB
    Subscriptions subscriptions;

    @EJB
    AsAdministrator asAdministrator;

    private static ManualSubscriber manual(String email, String name, Long... lists) {
        return Subscribers.manual(email, name, "Asked in person at the 2026 symposium", lists);
    }

    @Test
    void onlyCommunicationsStaffAndAdministratorsSeeSubscribers() {
        assertThatThrownBy(() -> admin.subscribers(SubscriberFilter.none(), 0, 10)).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void staffAddSomeoneOnlyWithTheBasisOfConsentAndTheTableFindsThemByPrefixListAndStatus() throws Exception {
        String prefix = "zz" + UUID.randomUUID().toString().substring(0, 6);
        MailingList list = asAdministrator.call(() -> admin.saveList(null, new ListDraft("Partners " + prefix, "For partner agencies.", false)));
        Subscriber added = asAdministrator.call(() -> admin.addByHand(manual(prefix + ".one@example.org", "Quinn", list.getId())));
        asAdministrator.call(() -> admin.addByHand(manual(prefix + ".two@example.org", "Quentin", 1L)));

        assertThat(asAdministrator.call(() -> admin.subscribers(new SubscriberFilter(prefix, null, null, null, null), 0, 10)))
                .extracting(Subscriber::getEmail).containsExactly(prefix + ".two@example.org", prefix + ".one@example.org");
        assertThat(asAdministrator.call(() -> admin.subscribers(new SubscriberFilter(prefix.toUpperCase(), list.getId(), SubscriberStatus.CONFIRMED, null, null), 0, 10)))
                .extracting(Subscriber::getId).containsExactly(added.getId());
        assertThat(asAdministrator.call(() -> admin.countUpToCap(new SubscriberFilter("quin", null, null, null, null)))).isPositive();

        SubscriberDetail detail = asAdministrator.call(() -> admin.subscriber(added.getId()));
        assertThat(detail.subscriptions()).singleElement().satisfies(s -> {
            assertThat(s.getStatus()).isEqualTo(Subscription.Status.ACTIVE);
            assertThat(s.getConsentSource()).startsWith("staff: Asked in person");
        });
        assertThat(detail.history()).extracting(SubscriberEvent::getKind).containsExactly(SubscriberEvent.Kind.ADDED_BY_STAFF);
        assertThat(detail.history().get(0).getDetail()).contains("Basis of consent: Asked in person at the 2026 symposium");

        assertThat(asAdministrator.call(() -> admin.lists())).filteredOn(l -> l.id() == list.getId())
                .singleElement().satisfies(l -> assertThat(l.confirmed()).isEqualTo(1));
    }

    @Test
    void aSuppressedAddressCannotBeAddedByHandAndErasureSuppresses() throws Exception {
        String email = "gone-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        Subscriber added = asAdministrator.call(() -> admin.addByHand(manual(email, null, 1L)));
        asAdministrator.call(() -> {
            admin.erase(added.getId());
            return null;
        });
        assertThat(asAdministrator.call(() -> admin.isSuppressed(email))).isTrue();
        assertThatThrownBy(() -> asAdministrator.call(() -> admin.addByHand(manual(email.toUpperCase(), null, 1L))))
                .isInstanceOf(SubscriberRefused.class).hasMessageContaining("asked not to be mailed");
    }

    @Test
    void theExportHasTheFilteredSubscribersWithFormulasTurnedIntoText() throws Exception {
        String prefix = "xx" + UUID.randomUUID().toString().substring(0, 6);
        asAdministrator.call(() -> admin.addByHand(manual(prefix + "@example.org", "=cmd|'/c calc'!A1", 1L)));
        StringWriter csv = new StringWriter();
        asAdministrator.call(() -> {
            admin.export(new SubscriberFilter(prefix, null, null, null, null), csv);
            return null;
        });
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new java.io.StringReader(csv.toString())).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).toList()).startsWith(prefix + "@example.org", "'=cmd|'/c calc'!A1", "Confirmed");
    }
}
