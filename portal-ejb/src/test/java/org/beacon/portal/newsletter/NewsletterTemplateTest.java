package org.beacon.portal.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.beacon.portal.platform.RichText;
import org.junit.jupiter.api.Test;

class NewsletterTemplateTest {

    private static final URI PREFERENCES = URI.create("https://beacon.example/subscribe/preferences?t=abc");
    private static final URI UNSUBSCRIBE = URI.create("https://beacon.example/unsubscribe?t=abc&c=7");

    private static Campaign campaign(String body) {
        Campaign campaign = new Campaign("editor@beacon.example");
        CampaignDraft draft = new CampaignDraft();
        draft.setSubject("Our <news> & more");
        draft.setFromName("Beacon team");
        draft.setPreheader("What we did");
        draft.setBody(body);
        draft.setLists(List.of(1L));
        campaign.write(draft, RichText.sanitise(body));
        try {
            java.lang.reflect.Field id = Campaign.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(campaign, 7L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return campaign;
    }

    private static NewsletterTemplate template(Optional<String> address) {
        return new NewsletterTemplate(URI.create("https://beacon.example"), "Beacon", address);
    }

    @Test
    void namesArePersonalisedAndEscapedWithTheFallbackForThoseWithout() {
        NewsletterTemplate.Prepared prepared = template(Optional.empty())
                .prepare(campaign("<p>Hi {{ firstName | there }}, and {{firstName}}!</p>"), List.of("Newsletter"));

        assertThat(prepared.html("<Ann>", PREFERENCES, UNSUBSCRIBE)).contains("<p>Hi &lt;Ann&gt;, and &lt;Ann&gt;!</p>");
        assertThat(prepared.html(null, PREFERENCES, UNSUBSCRIBE)).contains("<p>Hi there, and !</p>");
        assertThat(prepared.html("  ", PREFERENCES, UNSUBSCRIBE)).contains("<p>Hi there, and !</p>");
        assertThat(prepared.text("<Ann>", PREFERENCES, UNSUBSCRIBE)).contains("Hi <Ann>, and <Ann>!");
    }

    @Test
    void theMailIdentifiesTheSenderAndCarriesBothPersonalLinksAndAnAbsoluteSite() {
        NewsletterTemplate.Prepared prepared = template(Optional.of("PO Box 1, Sydney NSW 2001"))
                .prepare(campaign("<p><a href=\"/events\">Events</a> <img src=\"/media/a.png\" alt=\"A chart\"></p>"), List.of("Newsletter", "Events"));
        String html = prepared.html("Ann", PREFERENCES, UNSUBSCRIBE);

        assertThat(html).contains("<title>Our &lt;news&gt; &amp; more</title>", "What we did",
                "href=\"https://beacon.example/events\"", "src=\"https://beacon.example/media/a.png\"",
                "href=\"https://beacon.example/unsubscribe?t=abc&amp;c=7\"", "href=\"https://beacon.example/subscribe/preferences?t=abc\"",
                "Newsletter, Events", "PO Box 1, Sydney NSW 2001", "call 000", "accce.gov.au");
        assertThat(prepared.text("Ann", PREFERENCES, UNSUBSCRIBE)).contains("Unsubscribe: https://beacon.example/unsubscribe?t=abc&c=7",
                "Events (https://beacon.example/events) [A chart]", "Beacon, PO Box 1, Sydney NSW 2001");
        assertThat(prepared.subject()).isEqualTo("Our <news> & more");
    }

    @Test
    void thePlainTextPartKeepsTheShapeOfTheText() {
        String text = PlainTextVersion.of(RichText.sanitise("<h2>This month</h2><p>We trained <strong>120</strong> teachers&nbsp;&amp; parents.</p>"
                + "<ul><li>One</li><li>Two</li></ul><ol><li>First</li><li>Second</li></ol><blockquote><p>A quote</p></blockquote>"
                + "<p>Write to <a href=\"mailto:hello@beacon.example\">us</a>.<br>Thanks</p>"));

        assertThat(text).isEqualTo("""
                This month
                ==========

                We trained 120 teachers & parents.

                - One
                - Two

                1. First
                2. Second

                > A quote

                Write to us (hello@beacon.example).
                Thanks
                """);
    }

    @Test
    void theWebVersionHasNoPlaceholderLeft() {
        assertThat(NewsletterTemplate.webVersion(RichText.sanitise("<p>Hi {{firstName|friend}}, hello {{firstName}}.</p>")))
                .isEqualTo("<p>Hi friend, hello .</p>");
    }
}
