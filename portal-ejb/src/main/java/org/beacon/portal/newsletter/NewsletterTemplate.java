package org.beacon.portal.newsletter;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beacon.portal.platform.RichText;

/**
 * The one branded newsletter: a 600-pixel table layout with inline styles (what mail clients render alike), our
 * logo, the text, and a footer that identifies the sender (Spam Act 2003, s 17) and carries the preferences and
 * unsubscribe links. {@link #prepare} renders a campaign once; each recipient then costs a few string appends.
 */
public final class NewsletterTemplate {

    /**
     * {{firstName}} or {{firstName|fallback}}, spaces allowed inside the braces. The sanitiser writes "{{" as
     * "{<!-- -->{" (so no client-side template engine could read it), hence the optional comment.
     */
    static final Pattern FIRST_NAME = Pattern.compile("\\{(?:<!-- -->)?\\{\\s*firstName\\s*(?:\\|([^}<]*))?\\}\\}");

    private static final String PREFERENCES = "\u0000PREFERENCES\u0000";
    private static final String UNSUBSCRIBE = "\u0000UNSUBSCRIBE\u0000";
    private static final Pattern SLOT = Pattern.compile("\u0000(PREFERENCES|UNSUBSCRIBE)\u0000|" + FIRST_NAME.pattern());

    private final URI baseUrl;
    private final String organisation;
    private final Optional<String> postalAddress;

    public NewsletterTemplate(URI baseUrl, String organisation, Optional<String> postalAddress) {
        this.baseUrl = baseUrl;
        this.organisation = organisation;
        this.postalAddress = postalAddress;
    }

    /** The campaign's text for its web version: names become their fallback, nothing personal is left. */
    public static String webVersion(String body) {
        Matcher m = FIRST_NAME.matcher(body == null ? "" : body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) == null ? "" : m.group(1).strip()));
        }
        m.appendTail(out);
        return out.toString().replace(" ,", ",");
    }

    public URI webVersionUrl(long campaignId) {
        return URI.create(baseUrl + "/newsletters/" + campaignId);
    }

    public Prepared prepare(Campaign campaign, List<String> listNames) {
        String body = absolute(campaign.getBody());
        URI web = webVersionUrl(campaign.getId());
        String html = html(campaign.getSubject(), campaign.getPreheader(), web, body, listNames);
        String text = text(campaign.getSubject(), web, body, listNames);
        return new Prepared(campaign.getSubject(), campaign.getFromName(), segments(html, true), segments(text, false));
    }

    /**
     * A list's welcome mail in the same branded layout, without a web version (it is not a newsletter anyone else
     * reads); {@code body} is sanitised rich text with the same {{firstName|fallback}} personalisation.
     */
    public Prepared prepareWelcome(String subject, String body, String listName) {
        String absolute = absolute(body);
        return new Prepared(subject, null, segments(html(subject, null, null, absolute, List.of(listName)), true),
                segments(text(subject, null, absolute, List.of(listName)), false));
    }

    private String html(String subject, String preheaderText, URI webUrl, String body, List<String> listNames) {
        String org = RichText.escape(organisation);
        String preheader = preheaderText == null ? "" : RichText.escape(preheaderText);
        String web = webUrl == null ? "" : "<p style=\"margin:8px 0 0 0;font-size:12px;color:#5b6573;\"><a href=\""
                + RichText.escape(webUrl.toString()) + "\" style=\"color:#5b6573;\">View this newsletter in your browser</a></p>";
        return """
                <!DOCTYPE html>
                <html lang="en-AU"><head><meta charset="UTF-8">\
                <meta name="viewport" content="width=device-width, initial-scale=1">\
                <meta name="color-scheme" content="light"><title>%1$s</title>\
                <style>@media (max-width: 620px) { .wrap { width: 100%% !important; } .pad { padding: 16px !important; } }\
                 a { color: #1d3557; } img { max-width: 100%%; height: auto; }</style></head>
                <body style="margin:0;padding:0;background:#f2f4f7;">
                <div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">%2$s</div>
                <table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f4f7;"><tr><td align="center" style="padding:16px 8px;">
                <table role="presentation" class="wrap" width="600" cellpadding="0" cellspacing="0" style="width:600px;max-width:600px;background:#ffffff;border-radius:6px;">
                <tr><td class="pad" style="padding:24px 32px 8px 32px;font-family:Arial,Helvetica,sans-serif;">\
                <a href="%3$s/" style="text-decoration:none;color:#1d3557;"><img src="%3$s/mail-logo.png" width="48" height="48" alt="" \
                style="vertical-align:middle;border:0;"> <span style="font-size:20px;font-weight:bold;vertical-align:middle;">%4$s</span></a>\
                %5$s</td></tr>
                <tr><td class="pad" style="padding:16px 32px 24px 32px;font-family:Georgia,'Times New Roman',serif;font-size:17px;line-height:1.55;color:#1f2933;">
                %6$s
                </td></tr>
                <tr><td class="pad" style="padding:16px 32px 24px 32px;border-top:1px solid #d9dee5;font-family:Arial,Helvetica,sans-serif;font-size:13px;line-height:1.5;color:#5b6573;">\
                <p style="margin:0 0 8px 0;">If a child is in immediate danger, call 000. To report online child sexual exploitation, \
                go to the ACCCE: <a href="https://www.accce.gov.au/report" style="color:#5b6573;">accce.gov.au/report</a>.</p>\
                <p style="margin:0 0 8px 0;">You receive this because you subscribed to %7$s from %4$s. \
                <a href="%8$s" style="color:#5b6573;">Change your lists or details</a> · <a href="%9$s" style="color:#5b6573;">Unsubscribe</a></p>\
                <p style="margin:0;">%4$s%10$s · <a href="%3$s/" style="color:#5b6573;">%11$s</a></p></td></tr>
                </table></td></tr></table>
                </body></html>
                """.formatted(RichText.escape(subject), preheader, baseUrl, org, web, body,
                RichText.escape(String.join(", ", listNames)), PREFERENCES, UNSUBSCRIBE,
                postalAddress.map(a -> " · " + RichText.escape(a)).orElse(""), RichText.escape(baseUrl.getHost()));
    }

    private String text(String subject, URI webUrl, String body, List<String> listNames) {
        return subject + "\n\n" + PlainTextVersion.of(body) + "\n-- \n"
                + (webUrl == null ? "" : "View in your browser: " + webUrl + "\n\n")
                + "If a child is in immediate danger, call 000. To report online child sexual exploitation: https://www.accce.gov.au/report\n\n"
                + "You receive this because you subscribed to " + String.join(", ", listNames) + " from " + organisation + ".\n"
                + "Change your lists or details: " + PREFERENCES + "\n"
                + "Unsubscribe: " + UNSUBSCRIBE + "\n\n"
                + organisation + postalAddress.map(a -> ", " + a).orElse("") + "\n" + baseUrl + "/\n";
    }

    /** Links and pictures of the site are relative in content; in mail they must name the site. */
    private String absolute(String body) {
        return body.replace("href=\"/", "href=\"" + baseUrl + "/").replace("src=\"/", "src=\"" + baseUrl + "/");
    }

    private static List<Segment> segments(String template, boolean html) {
        List<Segment> segments = new ArrayList<>();
        Matcher m = SLOT.matcher(template);
        int at = 0;
        while (m.find()) {
            segments.add(new Segment(Segment.Kind.TEXT, template.substring(at, m.start()), html));
            if ("PREFERENCES".equals(m.group(1))) {
                segments.add(new Segment(Segment.Kind.PREFERENCES, null, html));
            } else if ("UNSUBSCRIBE".equals(m.group(1))) {
                segments.add(new Segment(Segment.Kind.UNSUBSCRIBE, null, html));
            } else {
                String fallback = m.group(2) == null ? "" : m.group(2).strip();
                segments.add(new Segment(Segment.Kind.FIRST_NAME, fallback, html));
            }
            at = m.end();
        }
        segments.add(new Segment(Segment.Kind.TEXT, template.substring(at), html));
        return List.copyOf(segments);
    }

    private record Segment(Kind kind, String value, boolean html) {
        enum Kind { TEXT, FIRST_NAME, PREFERENCES, UNSUBSCRIBE }
    }

    /** A campaign rendered once, to be personalised per recipient. Immutable, so sending threads share it. */
    public static final class Prepared {
        private final String subject;
        private final String fromName;
        private final List<Segment> html;
        private final List<Segment> text;
        private final int htmlLength;

        private Prepared(String subject, String fromName, List<Segment> html, List<Segment> text) {
            this.subject = subject;
            this.fromName = fromName;
            this.html = html;
            this.text = text;
            this.htmlLength = html.stream().mapToInt(s -> s.value() == null ? 0 : s.value().length()).sum();
        }

        public String subject() {
            return subject;
        }

        public String fromName() {
            return fromName;
        }

        public String html(String firstName, URI preferences, URI unsubscribe) {
            return render(html, htmlLength + 600, firstName, preferences, unsubscribe);
        }

        public String text(String firstName, URI preferences, URI unsubscribe) {
            return render(text, 4096, firstName, preferences, unsubscribe);
        }

        private static String render(List<Segment> segments, int size, String firstName, URI preferences, URI unsubscribe) {
            StringBuilder out = new StringBuilder(size);
            String name = firstName == null ? null : firstName.strip();
            for (Segment s : segments) {
                switch (s.kind()) {
                    case TEXT -> out.append(s.value());
                    case FIRST_NAME -> out.append(name == null || name.isEmpty() ? s.value() : s.html() ? RichText.escape(name) : name);
                    case PREFERENCES -> out.append(s.html() ? RichText.escape(preferences.toString()) : preferences.toString());
                    case UNSUBSCRIBE -> out.append(s.html() ? RichText.escape(unsubscribe.toString()) : unsubscribe.toString());
                }
            }
            return out.toString();
        }
    }
}
