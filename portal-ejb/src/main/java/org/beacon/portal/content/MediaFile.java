package org.beacon.portal.content;

import java.util.List;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.beacon.portal.platform.RecordedEntity;

/** An image or PDF in the media library, at {@code /media/{sha256}/{fileName}}: the address changes with the bytes. */
@Entity
@Table(name = "media_file")
public class MediaFile extends RecordedEntity {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_file_seq")
    @SequenceGenerator(name = "media_file_seq", sequenceName = "media_file_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String sha256;

    @Column(name = "file_name", nullable = false, length = 120)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "alt_text", length = 300)
    private String altText;

    /** In pixels, upright; empty for a PDF and for a picture that could not be read when the sizes came in. */
    private Integer width;

    private Integer height;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] data;

    protected MediaFile() {
        // for JPA
    }

    MediaFile(String sha256, String fileName, MediaType type, String altText, byte[] data, Integer width, Integer height) {
        this.sha256 = sha256;
        this.width = width;
        this.height = height;
        this.fileName = fileName;
        this.contentType = type.contentType();
        this.sizeBytes = data.length;
        this.altText = altText;
        this.data = data;
    }

    public String getPath() {
        return "/media/" + sha256 + "/" + fileName;
    }

    /** The widths it is served at ({@link MediaReference#widths}); pages get theirs from the reference. */
    public List<Integer> getWidths() {
        return MediaReference.widths(width);
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    public Long getId() {
        return id;
    }

    public String getSha256() {
        return sha256;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getAltText() {
        return altText;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    public byte[] getData() {
        return data;
    }
}
