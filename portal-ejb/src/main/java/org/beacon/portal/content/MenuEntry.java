package org.beacon.portal.content;

import java.io.Serializable;

/**
 * One row of a menu as the console shows it: depth-first, with its depth, where it goes, whether visitors see it
 * (a link to a page that is not live is hidden) and which moves are open to it.
 */
public record MenuEntry(long id, int depth, String label, String path, Long pageId, String pageTitle, String address,
        boolean shown, boolean canMoveUp, boolean canMoveDown, boolean canIndent, boolean canOutdent) implements Serializable {
}
