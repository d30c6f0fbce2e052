package org.beacon.portal.web.content;

import java.io.IOException;
import java.util.Optional;

import org.beacon.portal.content.PublishedContent;
import org.omnifaces.util.Faces;

/** How the public views answer what they cannot show, and read a page number, the same way everywhere. */
public final class PublicAnswers {

    private PublicAnswers() {
    }

    /** A 301 to where the content at this path moved, or the 404 page. */
    public static void movedOrNotFound(PublishedContent content, String path) throws IOException {
        Optional<String> moved = path == null ? Optional.empty() : content.redirectFor(path);
        if (moved.isPresent()) {
            Faces.redirectPermanent(moved.get());
        } else {
            notFound();
        }
    }

    public static void notFound() throws IOException {
        Faces.responseSendError(404, Faces.getRequestURI());
    }

    /** The ?page= number, from 1 to {@code max}; anything unreadable is page 1. */
    public static int pageNumber(String param, int max) {
        try {
            return param == null ? 1 : Math.max(1, Math.min(max, Integer.parseInt(param)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
