package org.beacon.portal.inquiry;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A day the organisation does not work, on top of weekends: not counted towards an inquiry's five working days. */
@Entity
@Table(name = "public_holiday")
public class PublicHoliday implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "holiday_date")
    private LocalDate date;

    @Column(nullable = false, length = 100)
    private String name;

    protected PublicHoliday() {
        // for JPA
    }

    PublicHoliday(LocalDate date, String name) {
        this.date = date;
        this.name = name;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getName() {
        return name;
    }
}
