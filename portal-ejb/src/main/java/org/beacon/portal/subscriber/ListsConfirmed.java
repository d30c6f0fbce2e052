package org.beacon.portal.subscriber;

import java.util.ArrayList;
import java.util.List;

/**
 * Fired, in the confirming transaction, when a subscriber's subscriptions to these lists become active. The
 * newsletter side observes it to queue each list's welcome mail (the branded layout lives there, and this package
 * does not depend on it) and tells back which lists it welcomed, for the subscriber's history.
 */
public final class ListsConfirmed {

    private final long subscriberId;
    private final String email;
    private final String firstName;
    private final List<MailingList> lists;
    private final List<String> welcomed = new ArrayList<>();

    ListsConfirmed(Subscriber subscriber, List<MailingList> lists) {
        this.subscriberId = subscriber.getId();
        this.email = subscriber.getEmail();
        this.firstName = subscriber.getFirstName();
        this.lists = List.copyOf(lists);
    }

    public long subscriberId() {
        return subscriberId;
    }

    public String email() {
        return email;
    }

    public String firstName() {
        return firstName;
    }

    public List<MailingList> lists() {
        return lists;
    }

    /** The observer queued this list's welcome mail. */
    public void welcomed(MailingList list) {
        welcomed.add(list.getName());
    }

    List<String> welcomedNames() {
        return List.copyOf(welcomed);
    }
}
