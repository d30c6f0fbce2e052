package org.beacon.portal.subscriber;

import java.io.Serializable;
import java.time.YearMonth;

/** One month of the subscriber figures: sign-ups confirmed by their link, and people unsubscribed (by themselves or staff). */
public record MonthOfSubscribers(YearMonth month, long confirmed, long unsubscribed) implements Serializable {
}
