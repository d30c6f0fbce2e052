package org.beacon.portal.content;

import static org.beacon.portal.account.Role.Names.SYSTEM;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.platform.StartupWriters;

/**
 * Demo and benchmark data: with PORTAL_DEMO_ARTICLES=N, tops the news up to N published articles at start-up,
 * one a day going back. Off unless asked for; never touches an article that exists.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@RolesAllowed(SYSTEM)
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
    private static final String[] TOPICS = {"online-safety", "research", "training", "partnerships", "policy"};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PortalSettings settings;

    @Inject
    private Clock clock;

    @Inject
    private StartupWriters writers;

    @PostConstruct
    void topUp() {
        int wanted = settings.demoArticles();
        if (wanted == 0) {
            return;
        }
        writers.oneAtATime(em, StartupWriters.Writer.DEMO_CONTENT);
        long existing = em.createQuery("select count(a) from NewsArticle a", Long.class).getSingleResult();
        Instant now = clock.instant();
        for (long n = existing + 1; n <= wanted; n++) {
            NewsArticle article = new NewsArticle("demo-article-" + n, "Demo article " + n + ": keeping children safe online");
            article.write(article.getTitle(), "A demonstration article, number " + n + ", for trying the portal out.",
                    "<p>This is demonstration article " + n + ". It shows how news reads on the site.</p>"
                            + "<h2>What to look for</h2><ul><li>Clear facts</li><li>Where to report abuse</li></ul>");
            article.setAuthor("Beacon demo");
            article.tag(Set.of(TOPICS[(int) (n % TOPICS.length)]));
            article.publish(now.minus(Duration.ofDays(wanted - n + 1)));
            em.persist(article);
        }
        if (wanted > existing) {
            LOG.info(() -> "Demo content: " + (wanted - existing) + " article(s) added");
        }
    }
}
