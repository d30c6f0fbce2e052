/**
 * The console's window on the local mail sink: every message the portal sent on a development or demo machine.
 */
package org.beacon.portal.web.mail;
