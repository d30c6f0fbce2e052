package org.beacon.portal.web.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageViewsTest {

    private static final String CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";

    @Test
    void aBrowserReadingAPublicPageIsAView() {
        assertThat(PageViews.isPageView("/", CHROME, null, null)).isTrue();
        assertThat(PageViews.isPageView("/the-issue", CHROME, null, null)).isTrue();
        assertThat(PageViews.isPageView("/news/a-story", CHROME, null, null)).isTrue();
    }

    @Test
    void theConsoleAssetsFeedsAndOtherSpellingsAreNot() {
        assertThat(PageViews.isPageView("/admin", CHROME, null, null)).isFalse();
        assertThat(PageViews.isPageView("/admin/inquiry", CHROME, null, null)).isFalse();
        assertThat(PageViews.isPageView("/jakarta.faces.resource/site.css", CHROME, null, null)).isFalse();
        assertThat(PageViews.isPageView("/news/rss.xml", CHROME, null, null)).isFalse();
        assertThat(PageViews.isPageView("/media/12", CHROME, null, null)).isFalse();
        assertThat(PageViews.isPageView("/unsubscribe", CHROME, null, null)).as("a person's own link").isFalse();
        assertThat(PageViews.isPageView("/login-code", CHROME, null, null)).as("staff signing in").isFalse();
        assertThat(PageViews.isPageView("/subscribe/preferences", CHROME, null, null)).isTrue();
        assertThat(PageViews.isPageView("/health", CHROME, null, null)).isFalse();
        assertThat(PageViews.isPageView("/contact", CHROME, null, null)).as("the contact form is read too").isTrue();
        assertThat(PageViews.isPageView("/The-Issue", CHROME, null, null)).as("not the site's spelling").isFalse();
        assertThat(PageViews.isPageView("/the-issue/", CHROME, null, null)).isFalse();
        assertThat(PageViews.isPageView("/" + "a".repeat(250), CHROME, null, null)).isFalse();
    }

    @Test
    void crawlersToolsAndPrefetchesAreNotReaders() {
        assertThat(PageViews.isPageView("/", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", null, null)).isFalse();
        assertThat(PageViews.isPageView("/", "curl/8.5.0", null, null)).isFalse();
        assertThat(PageViews.isPageView("/", null, null, null)).isFalse();
        assertThat(PageViews.isPageView("/", "", null, null)).isFalse();
        assertThat(PageViews.isPageView("/", CHROME, "prefetch;prerender", null)).isFalse();
        assertThat(PageViews.isPageView("/", CHROME, null, "prefetch")).isFalse();
    }
}
