package org.beacon.portal.platform;

/** Fired when an administrator saved or cleared settings; observed after the transaction commits. */
public record SettingsChanged() {
}
