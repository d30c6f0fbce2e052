package org.beacon.portal.content;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A media library file as pages and articles point to it: its address and alt text, never its bytes (which
 * {@link MediaFile} holds), so showing an illustrated page does not read the picture from the database.
 */
@Entity
@Immutable
@Table(name = "media_file")
public class MediaReference implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @Column(name = "sha256", insertable = false, updatable = false)
    private String sha256;

    @Column(name = "file_name", insertable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", insertable = false, updatable = false)
    private String contentType;

    @Column(name = "alt_text", insertable = false, updatable = false)
    private String altText;

    protected MediaReference() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public String getPath() {
        return "/media/" + sha256 + "/" + fileName;
    }

    public String getAltText() {
        return altText;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
