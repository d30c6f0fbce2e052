package org.beacon.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class PublishableContentTest {

    private final Instant now = Instant.parse("2026-11-28T09:00:00Z");

    @Test
    void aScheduledArticleGoesLiveAtItsTimeWithoutAnyoneFlippingIt() {
        NewsArticle article = new NewsArticle("launch", "Launch");
        article.schedule(now.plus(Duration.ofMinutes(1)));

        assertThat(article.isLiveAt(now)).isFalse();
        assertThat(article.isLiveAt(now.plusSeconds(60))).isTrue();
    }

    @Test
    void draftsAndArchivedItemsAreNeverLive() {
        NewsArticle article = new NewsArticle("draft", "Draft");
        assertThat(article.isLiveAt(now)).isFalse();
        article.publish(now);
        assertThat(article.isLiveAt(now)).isTrue();
        article.archive();
        assertThat(article.isLiveAt(now)).isFalse();
        article.withdraw();
        assertThat(article.isLiveAt(now)).isFalse();
    }

    @Test
    void theBodyIsSanitisedOnTheWayIn() {
        NewsArticle article = new NewsArticle("x", "X");
        article.write("X", "summary", "<p>Hi</p><img src=x onerror=alert(1)>");
        assertThat(article.getBody()).isEqualTo("<p>Hi</p>");
    }

    @Test
    void tagsAreNormalisedToUrlSegments() {
        NewsArticle article = new NewsArticle("x", "X");
        article.tag(java.util.Set.of("Online Safety", "AI", " "));
        assertThat(article.getTags()).containsExactly("ai", "online-safety");
    }
}
