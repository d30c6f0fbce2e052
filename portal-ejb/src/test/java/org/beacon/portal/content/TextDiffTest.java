package org.beacon.portal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.portal.content.TextDiff.Change.ADDED;
import static org.beacon.portal.content.TextDiff.Change.KEPT;
import static org.beacon.portal.content.TextDiff.Change.REMOVED;

import org.beacon.portal.content.TextDiff.Line;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void showsWhichParagraphsWereKeptRemovedAndAdded() {
        assertThat(TextDiff.between("<p>One</p><p>Two</p><p>Three</p>", "<p>One</p><p>Two, better</p><p>Three</p><p>Four</p>"))
                .containsExactly(new Line(KEPT, "One"), new Line(REMOVED, "Two"), new Line(ADDED, "Two, better"),
                        new Line(KEPT, "Three"), new Line(ADDED, "Four"));
    }

    @Test
    void headingsAndListItemsAreBlocksTooAndInlineMarkupIsNotAChange() {
        assertThat(TextDiff.between("<h2>Signs</h2><ul><li>Secrecy</li></ul>", "<h2>Signs</h2><ul><li><strong>Secrecy</strong></li><li>Gifts</li></ul>"))
                .containsExactly(new Line(KEPT, "Signs"), new Line(KEPT, "Secrecy"), new Line(ADDED, "Gifts"));
    }

    @Test
    void fromNothingEverythingIsAdded() {
        assertThat(TextDiff.between("", "<p>New</p>")).containsExactly(new Line(ADDED, "New"));
        assertThat(TextDiff.between(null, null)).isEmpty();
    }
}
