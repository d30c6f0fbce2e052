package org.beacon.portal.inquiry;

import java.time.Duration;

/**
 * What the form saw of how it was filled in: whether the hidden field a person never sees was filled, and how long
 * the form was open (null when it cannot tell, for example a form older than a server restart).
 */
public record SpamSignals(boolean honeypotFilled, Duration fillTime) {

    /** People need longer than this to read the notice and write a message; scripts do not. */
    static final Duration QUICKEST_HUMAN = Duration.ofSeconds(3);
    static final int MOST_LINKS = 3;

    public static SpamSignals none() {
        return new SpamSignals(false, null);
    }

    /** Why this looks like spam, or null if it does not. */
    String reason(String message) {
        if (honeypotFilled) {
            return "filled in the hidden field";
        }
        if (fillTime != null && fillTime.compareTo(QUICKEST_HUMAN) < 0) {
            return "sent " + fillTime.toMillis() + " ms after the form opened";
        }
        long links = java.util.regex.Pattern.compile("(?i)https?://|www\\.").matcher(message == null ? "" : message).results().count();
        if (links > MOST_LINKS) {
            return links + " links in the message";
        }
        return null;
    }
}
