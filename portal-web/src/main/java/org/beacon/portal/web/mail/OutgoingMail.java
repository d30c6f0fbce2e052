package org.beacon.portal.web.mail;

import java.time.Duration;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.beacon.portal.mail.MailHealth;
import org.beacon.portal.web.platform.TimeInWords;

/** The dashboard's word on mail: whether it is going out, and if not, why and how much waits. */
@Named
@RequestScoped
public class OutgoingMail {

    @EJB
    MailHealth health;

    private MailHealth.Report report;

    public MailHealth.Report getReport() {
        if (report == null) {
            report = health.report();
        }
        return report;
    }

    /** "3 messages", "1 message". */
    public String getWaiting() {
        long n = getReport().waiting();
        return n == 1 ? "1 message" : n + " messages";
    }

    /** "No mail", "1 mail", "4 mails": given up on in the last seven days. */
    public String getFailed() {
        long n = getReport().failedLastWeek();
        return n == 0 ? "No mail" : n == 1 ? "1 mail" : n + " mails";
    }

    /** How long the oldest waiting mail has waited: "4 minutes 10 seconds", "3 days 2 hours". */
    public String getOldestAge() {
        Duration age = getReport().oldestWaiting();
        return age == null ? "" : TimeInWords.of(age);
    }
}
