/**
 * Events and training announcements, their registrations and calendar (ICS).
 */
package org.beacon.portal.event;
