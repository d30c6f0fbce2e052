package org.beacon.portal.account;

/** Where an account stands: invited (no password chosen yet), active, or disabled (cannot sign in). */
public enum StaffStatus {
    INVITED("Invited"), ACTIVE("Active"), DISABLED("Disabled");

    private final String label;

    StaffStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
