package org.beacon.portal.content;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An old path that moved: it answers with a 301 to where the content is now. */
@Entity
@Table(name = "slug_redirect")
public class SlugRedirect implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "old_path", length = 250)
    private String oldPath;

    @Column(name = "new_path", nullable = false, length = 250)
    private String newPath;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SlugRedirect() {
        // for JPA
    }

    public SlugRedirect(String oldPath, String newPath, Instant createdAt) {
        this.oldPath = oldPath;
        this.newPath = newPath;
        this.createdAt = createdAt;
    }

    public String getOldPath() {
        return oldPath;
    }

    public String getNewPath() {
        return newPath;
    }

    /** Another move of the same content: the old path now leads straight to the newest place. */
    void retarget(String path) {
        this.newPath = path;
    }
}
