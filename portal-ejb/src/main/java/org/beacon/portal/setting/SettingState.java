package org.beacon.portal.setting;

import java.io.Serializable;
import java.time.Instant;

import org.beacon.portal.platform.EditableSetting;

/**
 * One setting as the settings page shows it: its value now (null for none), where that comes from, and, when it was
 * set in the console, when and by whom.
 */
public record SettingState(String name, EditableSetting setting, String value, Source source, Instant changedAt, String changedBy) implements Serializable {

    /** Where a setting's value comes from. */
    public enum Source {
        /** Set at /admin/settings; clearing it goes back to one of the others. */
        CONSOLE,
        /** The environment variable of the same name. */
        ENVIRONMENT,
        /** A topic's notification address that is the general one. */
        ALL_TOPICS,
        /** Nothing set anywhere: the portal's own default. */
        DEFAULT
    }
}
