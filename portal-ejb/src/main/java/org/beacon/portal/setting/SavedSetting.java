package org.beacon.portal.setting;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A value set in the console, which wins over the environment variable of the same name, and who set it when. */
@Entity
@Table(name = "portal_setting")
public class SavedSetting implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 60)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 1000)
    private String value;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 254)
    private String changedBy;

    protected SavedSetting() {
        // for JPA
    }

    SavedSetting(String name, String value, Instant changedAt, String changedBy) {
        this.name = name;
        change(value, changedAt, changedBy);
    }

    final void change(String newValue, Instant at, String by) {
        this.value = newValue;
        this.changedAt = at;
        this.changedBy = by;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
