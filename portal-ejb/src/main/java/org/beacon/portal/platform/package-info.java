/**
 * What every capability stands on: settings, the schema migration at start-up, the clock, and health.
 */
package org.beacon.portal.platform;
