/**
 * Readership without tracking: how often each public page was viewed per day, and which searches found nothing,
 * counted in memory on each server and added to daily sums in the database. No cookie, no address, no row per
 * visit or per person: nothing here can say who read what.
 */
package org.beacon.portal.analytics;
