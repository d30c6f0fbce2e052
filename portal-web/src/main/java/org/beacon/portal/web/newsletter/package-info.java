/** Newsletters in the console (compose, preview, test, send, follow, report) and their public archive. */
package org.beacon.portal.web.newsletter;
