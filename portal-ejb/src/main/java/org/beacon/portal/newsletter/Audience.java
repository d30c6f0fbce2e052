package org.beacon.portal.newsletter;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One list a campaign goes to, or leaves out ({@code excluded}). */
@Embeddable
public class Audience implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "list_id", nullable = false)
    private long listId;

    @Column(nullable = false)
    private boolean excluded;

    protected Audience() {
    }

    Audience(long listId, boolean excluded) {
        this.listId = listId;
        this.excluded = excluded;
    }

    public long getListId() {
        return listId;
    }

    public boolean isExcluded() {
        return excluded;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Audience a && a.listId == listId && a.excluded == excluded;
    }

    @Override
    public int hashCode() {
        return Objects.hash(listId, excluded);
    }
}
