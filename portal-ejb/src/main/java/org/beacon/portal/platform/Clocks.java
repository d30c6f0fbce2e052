package org.beacon.portal.platform;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The one clock. Everything that asks what time it is injects {@link Clock}, so tests can drive time instead
 * of waiting for it.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
