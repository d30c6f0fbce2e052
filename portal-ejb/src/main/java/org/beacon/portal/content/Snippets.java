package org.beacon.portal.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beacon.portal.platform.RichText;

/**
 * Highlighted snippets for search results: the passage around the first word that matches, with every matching
 * word in {@code <mark>}. Matches the way the index does, loosely: case, accents and word endings are ignored
 * (a word matches when it starts with the stem of a searched word). Output is HTML-escaped text whose only markup
 * is {@code <mark>}. WildFly's Lucene module has no highlighter, and this is small enough to own.
 */
final class Snippets {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MIN_STEM = 3;

    private Snippets() {
    }

    static String highlight(String text, String query, int length) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        List<String> stems = stems(query);
        List<int[]> matches = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String folded = fold(word.group());
            if (stems.stream().anyMatch(folded::startsWith)) {
                matches.add(new int[] {word.start(), word.end()});
            }
        }
        int start = matches.isEmpty() ? 0 : Math.max(0, matches.get(0)[0] - length / 3);
        start = start == 0 ? 0 : wordStart(text, start);
        int end = Math.min(text.length(), start + length);
        end = end == text.length() ? end : wordEnd(text, end);
        StringBuilder html = new StringBuilder(start > 0 ? "… " : "");
        int at = start;
        for (int[] match : matches) {
            if (match[0] < start || match[1] > end) {
                continue;
            }
            html.append(RichText.escape(text.substring(at, match[0]))).append("<mark>")
                    .append(RichText.escape(text.substring(match[0], match[1]))).append("</mark>");
            at = match[1];
        }
        html.append(RichText.escape(text.substring(at, end)));
        return end < text.length() ? html.append(" …").toString() : html.toString();
    }

    private static List<String> stems(String query) {
        List<String> stems = new ArrayList<>();
        Matcher word = WORD.matcher(query == null ? "" : query);
        while (word.find()) {
            String folded = fold(word.group());
            stems.add(folded.length() <= MIN_STEM ? folded : folded.substring(0, Math.max(MIN_STEM, stemLength(folded))));
        }
        return stems;
    }

    /** Drops the common English endings, so "groomed", "grooming" and "grooms" share "groom". */
    private static int stemLength(String word) {
        for (String ending : Arrays.asList("ings", "ing", "ies", "ied", "ed", "es", "s", "ly", "ren", "er")) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                return word.length() - ending.length();
            }
        }
        return word.length();
    }

    private static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static int wordStart(String text, int index) {
        int space = text.indexOf(' ', index);
        return space < 0 || space - index > 20 ? index : space + 1;
    }

    private static int wordEnd(String text, int index) {
        int space = text.lastIndexOf(' ', index);
        return space <= 0 || index - space > 20 ? index : space;
    }
}
