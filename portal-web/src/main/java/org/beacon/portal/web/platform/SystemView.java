package org.beacon.portal.web.platform;

import java.time.Duration;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.beacon.portal.platform.SystemReport;
import org.beacon.portal.platform.SystemStatus;

/** Backs {@code /admin/system}: the system's figures, read once per request (the page has no form). */
@Named
@RequestScoped
public class SystemView {

    private static final String[] SIZE_UNITS = {"bytes", "KB", "MB", "GB", "TB"};

    @EJB
    private SystemStatus status;

    private SystemReport report;

    public SystemReport getReport() {
        if (report == null) {
            report = status.report();
        }
        return report;
    }

    /** A size as df -h gives it (powers of 1024), to one decimal. */
    public String size(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f %s", value, SIZE_UNITS[unit]);
    }

    /** A wait in its largest unit and the next one when that is not zero: "40 days", "3 minutes 5 seconds". */
    public String age(Duration age) {
        return TimeInWords.of(age);
    }

    /** Free space as a share of the whole, for the disk line. */
    public long percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(100.0 * part / whole);
    }
}
