/**
 * What every page and endpoint of the web tier shares: security headers, health, and the site-wide settings the
 * templates print.
 */
package org.beacon.portal.web.platform;
