package org.beacon.portal.web.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text cut into runs of text and http(s) links, so a page can print the text escaped and make only the links
 * clickable. Nothing but http and https ever becomes a link.
 */
public final class LinkedText {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");

    private LinkedText() {
    }

    public static List<Segment> of(String text) {
        List<Segment> segments = new ArrayList<>();
        Matcher link = LINK.matcher(text == null ? "" : text);
        int from = 0;
        while (link.find()) {
            if (link.start() > from) {
                segments.add(new Segment(text.substring(from, link.start()), false));
            }
            segments.add(new Segment(link.group(), true));
            from = link.end();
        }
        if (text != null && from < text.length()) {
            segments.add(new Segment(text.substring(from), false));
        }
        return segments;
    }

    public record Segment(String text, boolean link) {
    }
}
