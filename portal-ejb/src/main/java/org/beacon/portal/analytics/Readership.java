package org.beacon.portal.analytics;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.beacon.portal.platform.PortalSettings;

/** The readership sums for communications staff: what was read, and what people looked for and did not find. */
@Stateless
@RolesAllowed({ADMIN, COMMUNICATIONS})
public class Readership {

    static final int TOP = 15;

    /** Searches for the same words, in the days shown, before the words themselves are shown. */
    public static final int MIN_SEARCHES = 3;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The last {@code days} days, today included, as written so far (a server's last 20 seconds may not be in yet). */
    public ReadershipFigures lastDays(int days) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), PortalSettings.ORGANISATION_ZONE);
        LocalDate first = today.minusDays(days - 1L);
        Map<LocalDate, Long> perDay = new HashMap<>();
        rows("select view_date, sum(views) from page_view_day where view_date >= ?1 group by view_date", first, Integer.MAX_VALUE)
                .forEach(r -> perDay.put(day(r[0]), ((Number) r[1]).longValue()));
        List<ReadershipFigures.Day> series = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            series.add(new ReadershipFigures.Day(day, perDay.getOrDefault(day, 0L)));
        }
        return new ReadershipFigures(series,
                counts("select path, sum(views) from page_view_day where view_date >= ?1 group by path order by sum(views) desc, path", first),
                counts("select terms, sum(searches) from empty_search_day where search_date >= ?1 group by terms"
                        + " having sum(searches) >= " + MIN_SEARCHES + " order by sum(searches) desc, terms", first),
                ((Number) em.createNativeQuery("select coalesce(sum(n), 0) from (select sum(searches) as n from empty_search_day"
                        + " where search_date >= ?1 group by terms having sum(searches) < " + MIN_SEARCHES + ") rare")
                        .setParameter(1, first).getSingleResult()).longValue());
    }

    private List<ReadershipFigures.Count> counts(String sql, LocalDate first) {
        return rows(sql, first, TOP).stream().map(r -> new ReadershipFigures.Count((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, LocalDate first, int max) {
        return em.createNativeQuery(sql).setParameter(1, first).setMaxResults(max).getResultList();
    }

    private static LocalDate day(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
