package org.beacon.portal.content;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.beacon.portal.platform.RichText;

/**
 * What changed between two versions of rich text, block by block (paragraphs, headings, list items), as an editor
 * reads it: kept, removed, added. A longest-common-subsequence diff; articles are small enough for it.
 */
public final class TextDiff {

    public enum Change { KEPT, REMOVED, ADDED }

    public record Line(Change change, String text) implements Serializable {
    }

    private TextDiff() {
    }

    public static List<Line> between(String oldHtml, String newHtml) {
        List<String> a = blocks(oldHtml);
        List<String> b = blocks(newHtml);
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                lines.add(new Line(Change.KEPT, a.get(i++)));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                lines.add(new Line(Change.REMOVED, a.get(i++)));
            } else {
                lines.add(new Line(Change.ADDED, b.get(j++)));
            }
        }
        a.subList(i, a.size()).forEach(text -> lines.add(new Line(Change.REMOVED, text)));
        b.subList(j, b.size()).forEach(text -> lines.add(new Line(Change.ADDED, text)));
        return lines;
    }

    /** The text of each block element, in order; markup inside a block does not count as a change. */
    static List<String> blocks(String html) {
        if (html == null || html.isBlank()) {
            return Collections.emptyList();
        }
        String separated = html.replaceAll("(?i)</?(p|h[1-6]|li|dt|dd|blockquote|tr|pre|figcaption)\\b[^>]*>|<br\\s*/?>", "\n");
        return Arrays.stream(separated.split("\n")).map(RichText::plainText).filter(text -> !text.isEmpty()).toList();
    }
}
