package org.beacon.portal.newsletter;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beacon.portal.platform.RichText;

/**
 * The plain-text part of a newsletter, made from its sanitised HTML: paragraphs and headings as blocks, lists as
 * "- " or "1. " lines, links as "text (address)", quotes with "> ". It reads only the few elements the content
 * policy lets through, so a small tag reader is enough.
 */
final class PlainTextVersion {

    private static final Pattern TOKEN = Pattern.compile("<(/?)([a-zA-Z0-9]+)([^>]*)>|([^<]+)");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    private PlainTextVersion() {
    }

    static String of(String html) {
        StringBuilder out = new StringBuilder();
        Deque<int[]> lists = new ArrayDeque<>(); // {ordered ? 1 : 0, next number}
        Deque<String> links = new ArrayDeque<>();
        StringBuilder heading = null;
        int quote = 0;
        // Comments carry no text (the sanitiser puts an empty one between the braces of "{{").
        Matcher m = TOKEN.matcher(html == null ? "" : html.replaceAll("(?s)<!--.*?-->", ""));
        while (m.find()) {
            if (m.group(4) != null) {
                String text = RichText.decode(m.group(4)).replaceAll("\\s+", " ");
                if (out.isEmpty() || out.charAt(out.length() - 1) == '\n') {
                    text = text.stripLeading();
                    if (!text.isEmpty() && quote > 0) {
                        out.append("> ".repeat(quote));
                    }
                }
                (heading != null ? heading : out).append(text);
                continue;
            }
            boolean closing = !m.group(1).isEmpty();
            String tag = m.group(2).toLowerCase(Locale.ROOT);
            switch (tag) {
                case "p", "div", "figure", "figcaption", "pre", "table", "dl" -> block(out);
                case "tr", "dt", "dd" -> line(out);
                case "td", "th" -> {
                    if (closing) {
                        out.append("  ");
                    }
                }
                case "br" -> out.append('\n');
                case "hr" -> {
                    block(out);
                    out.append("----------\n\n");
                }
                case "blockquote" -> {
                    block(out);
                    quote += closing ? -1 : 1;
                    quote = Math.max(0, quote);
                }
                case "h1", "h2", "h3", "h4" -> {
                    if (!closing) {
                        block(out);
                        heading = new StringBuilder();
                    } else if (heading != null) {
                        String text = heading.toString().strip();
                        out.append(text).append('\n').append((tag.equals("h2") || tag.equals("h1") ? "=" : "-").repeat(text.length()));
                        heading = null;
                        block(out);
                    }
                }
                case "ul", "ol" -> {
                    if (!closing) {
                        line(out);
                        lists.push(new int[] {tag.equals("ol") ? 1 : 0, 1});
                    } else {
                        lists.poll();
                        if (lists.isEmpty()) {
                            block(out);
                        }
                    }
                }
                case "li" -> {
                    if (!closing) {
                        line(out);
                        int[] list = lists.peek();
                        out.append("  ".repeat(Math.max(0, lists.size() - 1)));
                        out.append(list != null && list[0] == 1 ? (list[1]++) + ". " : "- ");
                    }
                }
                case "a" -> {
                    if (!closing) {
                        Matcher href = HREF.matcher(m.group(3));
                        links.push(href.find() ? RichText.decode(href.group(1)) : "");
                    } else if (!links.isEmpty()) {
                        String href = links.pop();
                        StringBuilder target = heading != null ? heading : out;
                        if (!href.isEmpty() && !target.toString().endsWith(href) && !href.startsWith("#")) {
                            target.append(" (").append(href.startsWith("mailto:") ? href.substring(7) : href).append(')');
                        }
                    }
                }
                case "img" -> {
                    Matcher alt = Pattern.compile("alt=\"([^\"]*)\"").matcher(m.group(3));
                    if (alt.find() && !alt.group(1).isBlank()) {
                        out.append("[").append(RichText.decode(alt.group(1))).append("]");
                    }
                }
                default -> {
                    // Inline markup (strong, em, span...) has no plain-text form.
                }
            }
        }
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip() + "\n";
    }

    private static void block(StringBuilder out) {
        if (out.isEmpty()) {
            return;
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        if (out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        if (out.length() < 2 || out.charAt(out.length() - 2) != '\n') {
            out.append('\n');
        }
    }

    private static void line(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
