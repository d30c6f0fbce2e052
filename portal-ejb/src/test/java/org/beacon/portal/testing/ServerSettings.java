package org.beacon.portal.testing;

/**
 * Portal settings set for the duration of a test, as system properties of the test server (PortalSettings reads one
 * when no environment variable of that name is set), and cleared on close.
 */
public final class ServerSettings implements AutoCloseable {

    private final String[] namesAndValues;

    private ServerSettings(String[] namesAndValues) {
        this.namesAndValues = namesAndValues;
    }

    /** {@code set("PORTAL_SMTP_TLS", "tls", "PORTAL_SMTP_USER", "portal")}. */
    public static ServerSettings set(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values in pairs");
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            System.setProperty(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new ServerSettings(namesAndValues);
    }

    @Override
    public void close() {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            System.clearProperty(namesAndValues[i]);
        }
    }
}
