package org.beacon.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void matchingWordsAreMarkedWhateverTheirCaseOrEnding() {
        assertThat(Snippets.highlight("Children can be groomed through games.", "GROOMING child", 200))
                .isEqualTo("<mark>Children</mark> can be <mark>groomed</mark> through games.");
    }

    @Test
    void theSnippetIsThePassageAroundTheFirstMatch() {
        String text = "Lorem ipsum ".repeat(40) + "sextortion is blackmail " + "dolor sit ".repeat(40);

        String snippet = Snippets.highlight(text, "sextortion", 120);

        assertThat(snippet).startsWith("… ").endsWith(" …").contains("<mark>sextortion</mark> is blackmail");
        assertThat(snippet.length()).isLessThan(160);
    }

    @Test
    void everythingButTheMarksIsEscaped() {
        assertThat(Snippets.highlight("<script>alert(1)</script> & safety", "safety", 200))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>safety</mark>");
    }
}
