package org.beacon.portal.newsletter;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;
import static org.beacon.portal.platform.RichText.escape;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.beacon.portal.event.EventSummary;
import org.beacon.portal.event.PublicEvents;
import org.beacon.portal.mail.HeaderText;
import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.platform.RichText;

/**
 * Templates a new newsletter starts from: three built in (the branded default, a one-column announcement, an event
 * digest that lists the events still to come on the day it is started) and any newsletter staff saved as one.
 * Starting from a template gives a draft to edit, not a saved newsletter: nothing is stored until staff save it.
 */
@Stateless
@RolesAllowed({ADMIN, COMMUNICATIONS})
public class CampaignTemplates {

    static final String BRANDED = "branded";
    static final String ANNOUNCEMENT = "announcement";
    static final String EVENT_DIGEST = "event-digest";
    private static final String SAVED = "saved-";
    /** As many events as one mail can carry before readers stop scrolling. */
    private static final int DIGEST_EVENTS = 10;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PortalSettings settings;

    @EJB
    private PublicEvents events;

    @Resource
    private SessionContext session;

    /** The built-in templates first, then the saved ones by name. */
    public List<TemplateChoice> templates() {
        List<TemplateChoice> choices = new ArrayList<>(List.of(
                new TemplateChoice(BRANDED, "Branded newsletter", "The monthly newsletter: a greeting, the main story, what is coming up, how to help.", true),
                new TemplateChoice(ANNOUNCEMENT, "One-column announcement", "One piece of news and the one thing to do about it.", true),
                new TemplateChoice(EVENT_DIGEST, "Event digest", "The next " + DIGEST_EVENTS + " events and training sessions, to the Events list.",
                        true)));
        em.createQuery("select t from CampaignTemplate t order by t.name", CampaignTemplate.class).getResultStream()
                .forEach(t -> choices.add(new TemplateChoice(SAVED + t.getId(), t.getName(),
                        t.getSubject() == null ? "Saved by " + t.getCreatedBy() : t.getSubject() + " (saved by " + t.getCreatedBy() + ")", false)));
        return choices;
    }

    /** A new draft from the template with this key, to edit before it is saved. */
    public CampaignDraft start(@NotNull String key) {
        CampaignDraft draft = new CampaignDraft();
        draft.setFromName(settings.organisationName());
        draft.setLists(listsNamed(em, "newsletter"));
        String org = escape(settings.organisationName());
        switch (key) {
            case BRANDED -> draft.setBody("<p>Hi {{firstName|there}},</p>"
                    + "<h2>This month</h2><p>The main story, in two or three short paragraphs.</p>"
                    + "<h2>Coming up</h2><p>Events, training and dates to keep. <a href=\"/events\">See every event</a></p>"
                    + "<h2>How you can help</h2><p>One thing a reader can do this month.</p>"
                    + "<p>With thanks,<br>The team at " + org + "</p>");
            case ANNOUNCEMENT -> draft.setBody("<h2>The news, in one line</h2><p>Hi {{firstName|there}},</p>"
                    + "<p>What has happened and why it matters, in a few sentences.</p>"
                    + "<p><a href=\"/\">The one thing to do</a></p><p>The team at " + org + "</p>");
            case EVENT_DIGEST -> {
                draft.setSubject("Coming up at " + settings.organisationName());
                draft.setPreheader("Events and training in the weeks ahead");
                draft.setBody(digest(org));
                draft.setLists(eventAudience(em));
            }
            default -> {
                CampaignTemplate saved = saved(key);
                draft.setSubject(saved.getSubject());
                draft.setPreheader(saved.getPreheader());
                draft.setFromName(saved.getFromName() == null ? settings.organisationName() : saved.getFromName());
                draft.setBody(saved.getBody());
            }
        }
        return draft;
    }

    /**
     * Saves what is in the editor as a template under this name, replacing one of the same name; returns its key.
     * The lists are not kept: a template is the words, the lists are chosen for each newsletter.
     */
    public String save(@NotBlank(message = "Name the template.") @Size(max = 120, message = "Keep the name under 120 characters.")
            @Pattern(regexp = HeaderText.ONE_LINE, message = "The name must be one line.") String name, @NotNull CampaignDraft draft) {
        String body = RichText.sanitise(draft.getBody());
        if (RichText.plainText(body).isBlank() && !body.contains("<img")) {
            throw new CampaignRefused("Write the newsletter before saving it as a template: the text is empty.");
        }
        String trimmed = name.strip();
        CampaignTemplate template = em.createQuery("select t from CampaignTemplate t where t.name = :name", CampaignTemplate.class)
                .setParameter("name", trimmed).getResultStream().findFirst().orElse(null);
        boolean created = template == null;
        if (created) {
            template = new CampaignTemplate(trimmed, session.getCallerPrincipal().getName());
        }
        // Written before persist: Hibernate takes an insert's values when the entity is persisted.
        template.write(draft, body);
        if (created) {
            em.persist(template);
        }
        em.flush();
        return SAVED + template.getId();
    }

    /** Removes a saved template; the newsletters started from it keep their text. */
    public void delete(@NotNull String key) {
        em.remove(saved(key));
    }

    private CampaignTemplate saved(String key) {
        CampaignTemplate template = null;
        if (key.startsWith(SAVED)) {
            try {
                template = em.find(CampaignTemplate.class, Long.parseLong(key.substring(SAVED.length())));
            } catch (NumberFormatException e) {
                template = null;
            }
        }
        if (template == null) {
            throw new CampaignRefused("There is no such template; it may have been deleted.");
        }
        return template;
    }

    private String digest(String org) {
        StringBuilder body = new StringBuilder("<p>Hi {{firstName|there}},</p><p>Here is what is coming up at ").append(org).append(".</p>");
        List<EventSummary> upcoming = events.upcoming(null, DIGEST_EVENTS);
        if (upcoming.isEmpty()) {
            body.append("<p>No events are listed yet. <a href=\"/events\">Our events page</a> has the latest.</p>");
        }
        for (EventSummary e : upcoming) {
            String when = e.startingInWords();
            String where = e.placeInWords();
            body.append("<h3>").append(escape(e.title())).append("</h3><p><strong>").append(escape(when)).append("</strong>")
                    .append(where == null ? "" : "<br>" + escape(where)).append("</p>")
                    .append(e.summary() == null ? "" : "<p>" + escape(e.summary()) + "</p>")
                    .append("<p><a href=\"").append(escape(e.path())).append("\">Details</a></p>");
        }
        body.append("<p><a href=\"/events\">Every event and training session</a></p>");
        return body.toString();
    }

    /**
     * The list with this slug, as a new draft's audience, unless it is archived (it gets no new newsletter, and the
     * draft could not be saved with it): shared with {@link Newsletters}' blank draft and event announcement.
     */
    /** Events go to the Events and training list, or while it is archived to the newsletter's. */
    static List<Long> eventAudience(EntityManager em) {
        List<Long> lists = listsNamed(em, "events");
        return lists.isEmpty() ? listsNamed(em, "newsletter") : lists;
    }

    static List<Long> listsNamed(EntityManager em, String slug) {
        return em.createQuery("select l.id from MailingList l where l.slug = :slug and l.archivedAt is null", Long.class)
                .setParameter("slug", slug).getResultList();
    }
}
