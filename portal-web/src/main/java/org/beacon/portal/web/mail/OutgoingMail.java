package org.beacon.portal.web.mail;

import java.time.Duration;
import java.time.Instant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.beacon.portal.mail.MailHealth;

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

    /** How long the oldest waiting mail has waited, roughly: "4 minutes", "2 hours", "3 days". */
    public String getOldestAge() {
        Instant oldest = getReport().oldestWaiting();
        if (oldest == null) {
            return "";
        }
        Duration age = Duration.between(oldest, Instant.now());
        if (age.toDays() >= 2) {
            return age.toDays() + " days";
        }
        if (age.toHours() >= 2) {
            return age.toHours() + " hours";
        }
        long minutes = Math.max(age.toMinutes(), 1);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
