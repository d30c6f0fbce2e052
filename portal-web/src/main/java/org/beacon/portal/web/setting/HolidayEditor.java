package org.beacon.portal.web.setting;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.beacon.portal.inquiry.InquiryRefused;
import org.beacon.portal.inquiry.PublicHoliday;
import org.beacon.portal.inquiry.PublicHolidays;
import org.beacon.portal.web.platform.Violations;
import org.omnifaces.util.Messages;

/** Backs the public holidays on {@code /admin/settings}: the days an inquiry's five working days skip. */
@Named
@ViewScoped
public class HolidayEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PublicHolidays holidays;

    private List<PublicHoliday> all;
    private LocalDate date;
    private String name;

    public List<PublicHoliday> getHolidays() {
        if (all == null) {
            all = holidays.all();
        }
        return all;
    }

    public void add() {
        try {
            holidays.add(date, name);
            Messages.addGlobalInfo("Added: {0}, {1}. Inquiries' due dates skip it from now on.", date, name.strip());
            date = null;
            name = null;
        } catch (InquiryRefused e) {
            Messages.addError("holidays:date", e.getMessage());
        } catch (EJBException e) {
            if (!Violations.show(e, field -> "date".equals(field) ? "holidays:date" : "holidays:name")) {
                throw e;
            }
        }
        all = null;
    }

    public void remove(PublicHoliday holiday) {
        holidays.remove(holiday.getDate());
        Messages.addGlobalInfo("Removed: {0}, {1}.", holiday.getDate(), holiday.getName());
        all = null;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
