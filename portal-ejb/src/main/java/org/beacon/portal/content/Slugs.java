package org.beacon.portal.content;

import java.text.Normalizer;
import java.util.Locale;

/** Turns a title or tag into a URL segment: lower case ASCII letters and digits joined by single hyphens. */
public final class Slugs {

    private static final int MAX_LENGTH = 120;

    private Slugs() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() <= MAX_LENGTH ? slug : slug.substring(0, MAX_LENGTH).replaceAll("-$", "");
    }
}
