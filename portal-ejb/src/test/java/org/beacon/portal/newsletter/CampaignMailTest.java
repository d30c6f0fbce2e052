package org.beacon.portal.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.beacon.portal.mail.BulkMail;
import org.beacon.portal.platform.PortalSettings;
import org.junit.jupiter.api.Test;

/**
 * A newsletter's From address and its List-Unsubscribe mailto follow PORTAL_MAIL_FROM, so that the domain the relay
 * signs for (SPF, DKIM) is the one every address in the mail is under.
 */
class CampaignMailTest {

    private static final PortalSettings OUR_DOMAIN = PortalSettings.of(Map.of("PORTAL_MAIL_FROM", "Beacon <news@mail.beacon.example.org>"));

    @Test
    void theFromAddressIsTheConfiguredSenders() {
        assertThat(BulkMail.senderAddress(OUR_DOMAIN)).isEqualTo("news@mail.beacon.example.org");
        assertThat(BulkMail.senderDomain(OUR_DOMAIN)).isEqualTo("mail.beacon.example.org");
    }

    @Test
    void theUnsubscribeMailtoIsUnderTheSendersDomain() {
        assertThat(CampaignMail.unsubscribeMailto(OUR_DOMAIN)).isEqualTo("unsubscribe@mail.beacon.example.org?subject=unsubscribe");
    }

    @Test
    void aBareMachineUnsubscribesAtLocalhostLikeItsSender() {
        assertThat(CampaignMail.unsubscribeMailto(PortalSettings.of(Map.of()))).isEqualTo("unsubscribe@localhost?subject=unsubscribe");
    }

    @Test
    void anOperatorsOwnMailtoWins() {
        PortalSettings settings = PortalSettings.of(Map.of("PORTAL_MAIL_FROM", "news@beacon.example.org",
                "PORTAL_UNSUBSCRIBE_MAILTO", "leave@lists.beacon.example.org"));
        assertThat(CampaignMail.unsubscribeMailto(settings)).isEqualTo("leave@lists.beacon.example.org?subject=unsubscribe");
    }
}
