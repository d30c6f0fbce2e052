package org.beacon.portal.subscriber;

import java.io.Serializable;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

/**
 * A list's welcome mail: sent once through the outbox when someone's subscription to the list is confirmed, in the
 * newsletter layout, with {{firstName|fallback}} personalisation. Off until staff write it and switch it on; a draft
 * may be kept while it is off.
 */
public record WelcomeMail(
        boolean on,
        @Size(max = 200, message = "The subject may be at most 200 characters.") String subject,
        @Size(max = 100_000, message = "The welcome mail is too long.") String body) implements Serializable {

    public static final WelcomeMail OFF = new WelcomeMail(false, null, null);

    @AssertTrue(message = "A welcome mail that is on needs a subject and a text.")
    public boolean isComplete() {
        return !on || subject != null && !subject.isBlank() && body != null && !body.isBlank();
    }
}
