/**
 * What every page and endpoint of the web tier shares: security headers, health, the site-wide settings the
 * templates print, and the redirects from the console's addresses before its pages moved into folders.
 */
package org.beacon.portal.web.platform;
