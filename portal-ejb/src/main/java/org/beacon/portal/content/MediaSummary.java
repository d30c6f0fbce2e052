package org.beacon.portal.content;

import java.io.Serializable;
import java.time.Instant;

/** A media library entry as the console lists it, without the bytes. */
public record MediaSummary(Long id, String sha256, String fileName, String contentType, long sizeBytes,
        String altText, Instant uploadedAt) implements Serializable {

    public String path() {
        return "/media/" + sha256 + "/" + fileName;
    }

    public boolean image() {
        return contentType.startsWith("image/");
    }
}
