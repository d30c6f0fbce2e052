package org.beacon.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;

import org.beacon.portal.testing.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class PublishedContentIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.create("published-content-it");
    }

    @EJB
    PublishedContent content;

    @Test
    void theIssuePageIsSeededWithTheWhoDefinitionsAndTheEightFormsOfAbuse() {
        Page page = content.page("the-issue").orElseThrow();

        assertThat(page.getTitle()).isEqualTo("The Issue");
        assertThat(page.getPath()).isEqualTo("/the-issue");
        assertThat(page.getBody())
                .contains("World Health Organization")
                .contains("Child sexual exploitation (CSE)", "Child sexual abuse (CSA)")
                .contains("AI-generated CSAM", "Child sexual abuse material (CSAM)", "Image-based abuse",
                        "Live streaming of abuse", "Online grooming", "Self-generated CSAM", "Sextortion",
                        "Travelling to offend")
                .contains("at least two images or videos", "#ChildSafetyOn");
    }

    @Test
    void theHomePageIsAtTheRootAndLeadsTheSeededHeaderMenu() {
        assertThat(content.page(Page.HOME_SLUG)).get().extracting(Page::getPath).isEqualTo("/");
        assertThat(content.menu(Menu.HEADER)).startsWith(new NavigationLink("Home", "/"),
                new NavigationLink("The Issue", "/the-issue"), new NavigationLink("News", "/news"), new NavigationLink("Search", "/search"));
        assertThat(content.menu(Menu.FOOTER)).contains(new NavigationLink("The issue explained", "/the-issue"));
    }

    @Test
    void anUnknownSlugFindsNothing() {
        assertThat(content.page("no-such-page")).isEmpty();
        assertThat(content.page("")).isEmpty();
    }
}
