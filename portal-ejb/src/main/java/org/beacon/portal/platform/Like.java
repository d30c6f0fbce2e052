package org.beacon.portal.platform;

import java.util.Locale;

/**
 * A JPQL {@code like} pattern that finds typed text anywhere, case-insensitively, with the wildcards a person might
 * type ({@code %}, {@code _}) taken literally. Use with {@code lower(x) like :p escape '\'}.
 */
public final class Like {

    private Like() {
    }

    public static String containing(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
