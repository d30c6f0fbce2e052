package org.beacon.portal.testing;

import java.util.Set;

import org.beacon.portal.subscriber.ManualSubscriber;

/** A person as staff would add them by hand, for tests that need confirmed subscribers on given lists. */
public final class Subscribers {

    private Subscribers() {
    }

    public static ManualSubscriber manual(String email, String name, String basis, Long... lists) {
        ManualSubscriber manual = new ManualSubscriber();
        manual.setEmail(email);
        manual.setFirstName(name);
        manual.setLists(Set.of(lists));
        manual.setConsentBasis(basis);
        return manual;
    }
}
