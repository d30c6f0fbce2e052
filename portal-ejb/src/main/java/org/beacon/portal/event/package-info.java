/**
 * Events and training: {@link org.beacon.portal.event.Event} with its {@link org.beacon.portal.event.EventSchedule}
 * (series read by ical4j) and its registration rules, registrations with their waitlist, and the calendar (ICS).
 * One face per audience: {@code PublicEvents} and {@code EventCalendar} for visitors, {@code EventEditing} for
 * communications staff, {@code Registrations} for both, {@code RegistrationHousekeeping} for the system's timers.
 * Announcing an event by newsletter belongs to the newsletters, so this package does not know how they are composed.
 */
package org.beacon.portal.event;
