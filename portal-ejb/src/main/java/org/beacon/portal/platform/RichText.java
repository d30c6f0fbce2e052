package org.beacon.portal.platform;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.owasp.html.Encoding;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The one sanitiser policy for rich text. Everything an editor writes passes here on its way into the database, which
 * is what allows the public pages to print it unescaped. Allowed: headings, paragraphs, lists, quotes, tables, links
 * (http, https, mailto, tel and site-relative) and images from our own media library. Never: scripts, styles, event
 * handlers, frames, forms, {@code javascript:} or {@code data:} URLs.
 */
public final class RichText {

    /** Images only from our media library, never hot-linked from elsewhere. */
    private static final Pattern OWN_MEDIA = Pattern.compile("^/media/[A-Za-z0-9._/-]+$");
    private static final Pattern SITE_RELATIVE = Pattern.compile("^/(?!/)[^\\s]*$");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup",
                    "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "q", "cite", "code", "pre", "hr",
                    "abbr", "span", "figure", "figcaption")
            .allowAttributes("title").onElements("abbr")
            .allowAttributes("id").matching(Pattern.compile("^[a-z][a-z0-9-]{0,60}$")).onElements("h2", "h3", "h4")
            .allowAttributes("class").matching(Pattern.compile("^(?:(?:lead|fact|source|definitions|offences|note)(?: |$))+$"))
                .onElements("p", "span", "dl", "div")
            .allowElements("a")
            .allowAttributes("href").matching(href -> isSafeLink(href)).onElements("a")
            .allowStandardUrlProtocols()
            .allowUrlProtocols("http", "https", "mailto", "tel")
            .requireRelsOnLinks("noopener", "noreferrer")
            // A picture needs our address and a description; one without either would be broken or silent.
            .allowElements(RichText::describedPicture, "img")
            .allowAttributes("src").matching(OWN_MEDIA).onElements("img")
            .allowAttributes("alt", "width", "height").onElements("img")
            .toFactory()
            .and(Sanitizers.TABLES);


    private RichText() {
    }

    public static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html).strip();
    }

    /** The words of sanitised rich text, without markup: for search and plain-text uses. */
    public static String plainText(String html) {
        return html == null ? "" : decode(html.replaceAll("<[^>]*>", " ")).replaceAll("\\s+", " ").strip();
    }

    /** Text made safe to put in HTML, attribute values included; null gives "". */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The characters that the entities in sanitised HTML stand for, by the sanitiser's own decoder (the one that
     * produced them); {@code &nbsp;} becomes a plain space, so that text splits into words where a reader sees a gap.
     */
    public static String decode(String text) {
        return Encoding.decodeHtml(text, false).replace('\u00a0', ' ');
    }

    /** Keeps an img only if its (already checked) src and a non-blank alt survived. */
    private static String describedPicture(String element, List<String> attributes) {
        boolean src = false;
        boolean alt = false;
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            src |= "src".equals(attributes.get(i));
            alt |= "alt".equals(attributes.get(i)) && !attributes.get(i + 1).isBlank();
        }
        return src && alt ? element : null;
    }

    private static boolean isSafeLink(String href) {
        String value = href.strip().toLowerCase(Locale.ROOT);
        return value.startsWith("https://") || value.startsWith("http://") || value.startsWith("mailto:")
                || value.startsWith("tel:") || value.startsWith("#") || SITE_RELATIVE.matcher(href.strip()).matches();
    }
}
