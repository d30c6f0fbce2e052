package org.beacon.portal.content;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The kinds of file the media library takes, recognised from their first bytes, never from the name a browser
 * sent: a script renamed photo.png is still refused.
 */
public enum MediaType {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp"),
    PDF("application/pdf", "pdf");

    private final String contentType;
    private final String extension;

    MediaType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public boolean isImage() {
        return this != PDF;
    }

    static MediaType ofContentType(String contentType) {
        for (MediaType type : values()) {
            if (type.contentType.equals(contentType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Not a media library type: " + contentType);
    }

    public static Optional<MediaType> sniff(byte[] bytes) {
        if (starts(bytes, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (starts(bytes, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of(PNG);
        }
        if (starts(bytes, 0, ascii("RIFF")) && starts(bytes, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        if (starts(bytes, 0, ascii("%PDF-"))) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean starts(byte[] bytes, int offset, byte[] prefix) {
        if (bytes == null || bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
