package org.beacon.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RichTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "<img src=x onerror=alert(1)>",
            "<script>alert(1)</script>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<p onclick=\"alert(1)\">hi</p>",
            "<svg onload=alert(1)>",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "<img src=\"/media/a.png\" onload=\"alert(1)\" alt=\"a\">",
            "<form action=\"https://evil.example\"><input name=x></form>",
            "<object data=\"x.swf\"></object>"})
    void nothingThatRunsSurvives(String attack) {
        String clean = RichText.sanitise(attack).toLowerCase();

        assertThat(clean).doesNotContain("<script", "onerror", "onload", "onclick", "javascript:", "data:text",
                "<iframe", "<svg", "style=", "<form", "<input", "<object");
    }

    @Test
    void editorialMarkupIsKept() {
        String html = "<h2 id=\"what\">What</h2><p class=\"lead\">Lead <strong>bold</strong> <em>em</em></p>"
                + "<ul><li>one</li></ul><ol><li>two</li></ol><blockquote>quote</blockquote>"
                + "<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>"
                + "<p><a href=\"https://www.accce.gov.au/report\">Report</a> <a href=\"/the-issue\">Issue</a></p>";

        String clean = RichText.sanitise(html);

        assertThat(clean).contains("<h2 id=\"what\">What</h2>", "<p class=\"lead\">", "<strong>bold</strong>",
                "<ul><li>one</li></ul>", "<ol><li>two</li></ol>", "<blockquote>quote</blockquote>", "<table>", "<td>1</td>",
                "href=\"https://www.accce.gov.au/report\"", "href=\"/the-issue\"");
        // The sanitiser does not promise an order for the rel values.
        assertThat(clean).containsPattern("<a href=\"https://www.accce.gov.au/report\" rel=\"(noopener noreferrer|noreferrer noopener)\">");
    }

    @Test
    void imagesComeOnlyFromOurMediaLibrary() {
        assertThat(RichText.sanitise("<img src=\"/media/2026/photo.jpg\" alt=\"A volunteer\">"))
                .contains("src=\"/media/2026/photo.jpg\"", "alt=\"A volunteer\"");
        assertThat(RichText.sanitise("<img src=\"https://tracker.example/pixel.gif\" alt=\"\">")).doesNotContain("tracker");
        assertThat(RichText.sanitise("<img src=\"//evil.example/x.png\">")).doesNotContain("evil");
    }

    @Test
    void aPictureWithoutADescriptionOrWithAForeignAddressIsDroppedWholeAndTheTextKept() {
        assertThat(RichText.sanitise("<p>Before<img src=\"/media/abc/photo.jpg\">after</p>")).isEqualTo("<p>Beforeafter</p>");
        assertThat(RichText.sanitise("<p><img src=\"/media/abc/photo.jpg\" alt=\"  \"></p>")).doesNotContain("<img");
        assertThat(RichText.sanitise("<p><img src=\"https://tracker.example/p.gif\" alt=\"A pixel\"></p>")).doesNotContain("<img");
    }

    @Test
    void plainTextIsEscapedNotLost() {
        assertThat(RichText.sanitise("Fish & chips < 5")).isEqualTo("Fish &amp; chips &lt; 5");
        assertThat(RichText.sanitise(null)).isEmpty();
    }
}
