package org.beacon.portal.content;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

/**
 * The life of any published content, the same for pages, news and events: publish now or at a time, withdraw to a
 * draft, archive, and its revisions side by side. Each kind's own rules are its entity's (the home page refuses to
 * be withdrawn); writing the content itself stays with each kind's editing service.
 */
@Stateless
@RolesAllowed({ADMIN, COMMUNICATIONS})
public class ContentPublishing {

    @Inject
    private Publishing publishing;

    public <T extends PublishableContent> T publish(@NotNull Class<T> type, long id) {
        return publishing.publish(type, id);
    }

    /** Schedules for later; a time already passed publishes now. */
    public <T extends PublishableContent> T schedule(@NotNull Class<T> type, long id, @NotNull Instant at) {
        return publishing.schedule(type, id, at);
    }

    public <T extends PublishableContent> T withdraw(@NotNull Class<T> type, long id) {
        return publishing.withdraw(type, id);
    }

    public <T extends PublishableContent> T archive(@NotNull Class<T> type, long id) {
        return publishing.archive(type, id);
    }

    public <T extends PublishableContent> List<Revision<T>> revisions(@NotNull Class<T> type, long id) {
        return publishing.revisions(type, id);
    }

    public <T extends PublishableContent> List<TextDiff.Line> compare(@NotNull Class<T> type, long id, long from, long to) {
        return publishing.compare(type, id, from, to);
    }
}
