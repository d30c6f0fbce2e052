package org.beacon.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;

import org.beacon.portal.inquiry.Inquiries;
import org.beacon.portal.inquiry.Inquiry;
import org.beacon.portal.inquiry.InquiryFilter;
import org.beacon.portal.inquiry.InquiryForm;
import org.beacon.portal.inquiry.InquiryModeration;
import org.beacon.portal.inquiry.InquiryTopic;
import org.beacon.portal.inquiry.SpamSignals;
import org.beacon.portal.testing.AsAdministrator;
import org.beacon.portal.testing.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What visitors and moderators find, word for word, whichever backend indexes it: the build runs this class on Lucene
 * and again on OpenSearch (failsafe execution {@code opensearch}), so the same queries give the same top results on
 * both and the two definitions in {@link org.beacon.portal.platform.SearchAnalysis} cannot drift apart unseen.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    /** A word no seeded text holds, so each query sees only this class's articles. */
    private static final String MARKER = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.create("search-it");
    }

    @EJB
    ContentEditing editing;

    @EJB
    ContentPublishing publishing;

    @EJB
    SiteSearch search;

    @EJB
    Inquiries inquiries;

    @EJB
    InquiryModeration moderation;

    @EJB
    AsAdministrator asAdministrator;

    private static boolean published;

    private String publish(String title, String body) throws Exception {
        NewsArticle article = asAdministrator.call(() -> editing.createArticle(
                new ArticleDraft(null, title, "Summary " + MARKER + ".", body, null, Set.of(), null, null, null)));
        return asAdministrator.call(() -> publishing.publish(NewsArticle.class, article.getId())).getPath();
    }

    private static String grooming;
    private static String parents;
    private static String cafe;
    private static String women;
    private static String safetyInTitle;
    private static String safetyInBody;

    /** The articles, written once per deployment by the first test that searches them. */
    private void articles() throws Exception {
        if (published) {
            return;
        }
        grooming = publish("Warning signs of grooming", "<p>Parents notice when children are groomed online.</p>");
        parents = publish("A parent's guide to reporting", "<p>What to do first, and whom to call.</p>");
        cafe = publish("Training at the Café Naïve", "<p>Our volunteers meet at the café.</p>");
        women = publish("Women in policing", "<p>Three officers talk about their work.</p>");
        safetyInTitle = publish("Online safety for families", "<p>A checklist.</p>");
        safetyInBody = publish("A quiet week", "<p>Online safety was the theme of the week.</p>");
        published = true;
    }

    private List<String> found(String words) throws Exception {
        articles();
        return search.search(words + " " + MARKER, 1, 10).hits().stream().map(SearchHit::path).toList();
    }

    @Test
    void wordEndingsPluralsAndCaseFindEachOther() throws Exception {
        assertThat(found("GROOMED child")).containsExactly(grooming);
        assertThat(found("warning sign")).containsExactly(grooming);
        assertThat(found("woman")).containsExactly(women);
    }

    @Test
    void aPossessiveIsFoundByTheWordItself() throws Exception {
        assertThat(found("parent")).containsExactly(parents, grooming);
        assertThat(found("parent's")).containsExactly(parents, grooming);
    }

    @Test
    void accentsAreFoldedEitherWay() throws Exception {
        assertThat(found("cafe naive")).containsExactly(cafe);
        assertThat(found("CAFÉ")).containsExactly(cafe);
    }

    @Test
    void aWordInTheTitleRanksAboveTheSameWordInTheText() throws Exception {
        assertThat(found("safety")).containsExactly(safetyInTitle, safetyInBody);
        assertThat(found("online safety")).containsExactly(safetyInTitle, safetyInBody);
    }

    @Test
    void seededPagesIndexedAtStartUpAreFound() {
        assertThat(search.search("sextortion", 1, 10).hits()).extracting(SearchHit::path).contains("/the-issue");
    }

    @Test
    void moderatorsFindAnInquiryByAStemmedWordOrPartOfItsReference() throws Exception {
        InquiryForm form = new InquiryForm();
        form.setTopic(InquiryTopic.FUND);
        form.setName("Sam Parent");
        form.setEmail("sender-" + MARKER + "@example.org");
        form.setMessage("Our schools were hosting workshops.");
        form.setConsent(true);
        String reference = inquiries.submit(form, SpamSignals.none()).reference();

        // Newest first: the one this test sent heads the list if it matches at all.
        assertThat(queue("school hosted")).extracting(Inquiry::getReference).first().isEqualTo(reference);
        assertThat(queue(reference.substring(2).toLowerCase())).extracting(Inquiry::getReference).first().isEqualTo(reference);
        assertThat(queue("SENDER-" + MARKER)).extracting(Inquiry::getReference).containsExactly(reference);
    }

    private List<Inquiry> queue(String text) throws Exception {
        return asAdministrator.call(() -> moderation.queue(new InquiryFilter(null, null, null, null, null, text, false), 0, 5));
    }
}
