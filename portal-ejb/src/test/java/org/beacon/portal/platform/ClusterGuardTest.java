package org.beacon.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClusterGuardTest {

    @Test
    void onSeveralServersOnlyOnePostgreSqlAndOpenSearchWillDo() {
        assertThat(ClusterGuard.problems("PostgreSQL", "PostgreSQL", "elasticsearch")).isEmpty();
        assertThat(ClusterGuard.problems("H2", "H2", "lucene")).hasSize(3)
                .anySatisfy(p -> assertThat(p).startsWith("The portal's database is H2, not PostgreSQL: set PORTAL_DB_URL"))
                .anySatisfy(p -> assertThat(p).startsWith("The batch job repository is H2"))
                .anySatisfy(p -> assertThat(p).startsWith("Search keeps a Lucene index on this server"));
        // Search unset is Lucene, the single-server default.
        assertThat(ClusterGuard.problems("PostgreSQL", "PostgreSQL", null)).singleElement()
                .satisfies(p -> assertThat(p).contains("PORTAL_SEARCH_BACKEND=elasticsearch"));
        assertThat(ClusterGuard.problems("PostgreSQL", "H2", "elasticsearch")).singleElement()
                .satisfies(p -> assertThat(p).startsWith("The batch job repository is H2"));
    }
}
