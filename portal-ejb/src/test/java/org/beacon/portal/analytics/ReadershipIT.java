package org.beacon.portal.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.beacon.portal.testing.AsAdministrator;
import org.beacon.portal.testing.AsSystem;
import org.beacon.portal.testing.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class ReadershipIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.create("readership-it");
    }

    @Inject
    VisitTally tally;

    @EJB
    TallyWriter writer;

    @EJB
    Readership readership;

    @EJB
    AsAdministrator asAdministrator;

    @EJB
    AsSystem asSystem;

    private ReadershipFigures figures() throws Exception {
        asSystem.call(() -> {
            writer.write();
            return null;
        });
        return asAdministrator.call(() -> readership.lastDays(30));
    }

    private static long count(java.util.List<ReadershipFigures.Count> counts, String name) {
        return counts.stream().filter(c -> c.name().equals(name)).mapToLong(ReadershipFigures.Count::count).sum();
    }

    @Test
    void viewsAreAddedToTheDaysSumsWriteAfterWriteAndNothingElseIsKept() throws Exception {
        String path = "/news/readership-" + UUID.randomUUID().toString().substring(0, 8);
        ReadershipFigures before = figures();
        LocalDate today = before.days().get(before.days().size() - 1).day();
        tally.pageViewed(path);
        tally.pageViewed(path);
        ReadershipFigures once = figures();
        tally.pageViewed(path);
        ReadershipFigures twice = figures();

        assertThat(once.days()).hasSize(30);
        assertThat(once.days().get(0).day()).isEqualTo(today.minusDays(29));
        assertThat(count(once.pages(), path)).as("two views, one write").isEqualTo(2);
        assertThat(count(twice.pages(), path)).as("a second write adds to the same day's sum").isEqualTo(3);
        assertThat(twice.days().get(29).views() - before.days().get(29).views()).isEqualTo(3);
        assertThat(twice.totalViews() - before.totalViews()).isEqualTo(3);
        assertThat(figures().totalViews()).as("nothing counted twice by a write with nothing new").isEqualTo(twice.totalViews());
    }

    @Test
    void searchesThatFindNothingAreShownByTheirWordsOnlyOnceThreeUsedThemAndNeverWhenTheyLookLikeContactDetails() throws Exception {
        String nonsense = "zqxv" + UUID.randomUUID().toString().substring(0, 6).replaceAll("\\d", "k");
        String once = "zqxw" + UUID.randomUUID().toString().substring(0, 6).replaceAll("\\d", "k");
        ReadershipFigures before = figures();
        tally.searchFoundNothing("  " + nonsense.toUpperCase() + "  ", "visitor 1");
        tally.searchFoundNothing(nonsense, "visitor 2");
        tally.searchFoundNothing(nonsense, "visitor 2");
        tally.searchFoundNothing(once, "visitor 1");
        ReadershipFigures twice = figures();
        tally.searchFoundNothing(nonsense, "visitor 3");
        for (int i = 0; i < 3; i++) {
            tally.searchFoundNothing("call me on 0412 345 678", "visitor " + i);
        }

        ReadershipFigures after = figures();
        assertThat(twice.emptySearches()).extracting(ReadershipFigures.Count::name).as("two people: not yet shown").doesNotContain(nonsense, once);
        assertThat(twice.rareEmptySearches() - before.rareEmptySearches()).as("but counted").isEqualTo(3);
        assertThat(count(after.emptySearches(), nonsense)).as("lower-case and trimmed, the third person shows it").isEqualTo(3);
        assertThat(after.emptySearches()).extracting(ReadershipFigures.Count::name).doesNotContain(once)
                .noneMatch(name -> name.contains("0412"));
        assertThat(count(after.emptySearches(), VisitTally.WITHHELD)).isGreaterThanOrEqualTo(count(before.emptySearches(), VisitTally.WITHHELD) + 3);
    }
}
