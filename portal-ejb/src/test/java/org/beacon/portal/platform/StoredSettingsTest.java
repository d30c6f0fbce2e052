package org.beacon.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class StoredSettingsTest {

    /** The table as another server or this one left it; empty when it cannot be read. */
    private static final class Table extends SettingsTable {
        Optional<Map<String, String>> rows = Optional.of(Map.of());
        int reads;

        @Override
        public Optional<Map<String, String>> read() {
            reads++;
            return rows;
        }
    }

    private final Table table = new Table();
    private final StoredSettings stored = new StoredSettings(table);

    @Test
    void valuesAreReadOnceAndAgainRightAfterASaveHereCommits() {
        table.rows = Optional.of(Map.of("PORTAL_ORG_NAME", "Beacon Trust"));
        assertThat(stored.values()).containsEntry("PORTAL_ORG_NAME", "Beacon Trust");
        table.rows = Optional.of(Map.of("PORTAL_ORG_NAME", "Beacon Foundation"));
        assertThat(stored.values()).as("within a few seconds of the last read").containsEntry("PORTAL_ORG_NAME", "Beacon Trust");
        assertThat(table.reads).isEqualTo(1);

        stored.changed(new SettingsChanged());

        assertThat(stored.values()).containsEntry("PORTAL_ORG_NAME", "Beacon Foundation");
        assertThat(table.reads).isEqualTo(2);
    }

    @Test
    void theGenerationMovesOnlyWhenTheValuesReadDiffer() {
        long first = stored.generation();
        stored.changed(new SettingsChanged());
        assertThat(stored.generation()).as("read again, the same").isEqualTo(first);

        table.rows = Optional.of(Map.of("PORTAL_QUICK_EXIT_URL", "https://www.abc.net.au/"));
        stored.changed(new SettingsChanged());
        assertThat(stored.generation()).isEqualTo(first + 1);
    }

    @Test
    void whatWasReadLastStandsWhileTheTableCannotBeRead() {
        table.rows = Optional.empty();
        assertThat(stored.values()).as("before the migrations made the table").isEmpty();

        table.rows = Optional.of(Map.of("PORTAL_ORG_NAME", "Beacon Trust"));
        stored.changed(new SettingsChanged());
        assertThat(stored.values()).containsEntry("PORTAL_ORG_NAME", "Beacon Trust");

        table.rows = Optional.empty();
        stored.changed(new SettingsChanged());
        assertThat(stored.values()).as("the database away for a moment").containsEntry("PORTAL_ORG_NAME", "Beacon Trust");
    }
}
