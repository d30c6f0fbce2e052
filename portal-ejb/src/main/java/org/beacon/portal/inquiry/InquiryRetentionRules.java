package org.beacon.portal.inquiry;

import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;

import org.beacon.portal.platform.PortalSettings;

/**
 * How long inquiries are kept once there is no reason to keep them (APP 11): closed ones for some months after
 * closing, spam for some days after it was marked. Open work is never erased.
 */
public record InquiryRetentionRules(Period closed, Period spam) {

    public static InquiryRetentionRules of(PortalSettings settings) {
        return new InquiryRetentionRules(Period.ofMonths(settings.inquiryRetentionMonths()), Period.ofDays(settings.inquirySpamRetentionDays()));
    }

    /** When an inquiry in this status, since this time, is to be erased; null if it is kept. */
    public Instant erasureTime(InquiryStatus status, Instant since) {
        Period keep = switch (status) {
            case CLOSED -> closed;
            case SPAM -> spam;
            default -> null;
        };
        return keep == null ? null : ZonedDateTime.ofInstant(since, PortalSettings.ORGANISATION_ZONE).plus(keep).toInstant();
    }

    /** The latest status change that is old enough to erase now, for each kept status. */
    Instant closedBefore(Instant now) {
        return ZonedDateTime.ofInstant(now, PortalSettings.ORGANISATION_ZONE).minus(closed).toInstant();
    }

    Instant spamBefore(Instant now) {
        return ZonedDateTime.ofInstant(now, PortalSettings.ORGANISATION_ZONE).minus(spam).toInstant();
    }
}
