/**
 * Mail: the one place that talks to Jakarta Mail. For now it reads the local mail sink that the run command
 * starts, so staff can see on a development or demo machine every message the portal sent; the transactional
 * outbox joins it with the first feature that sends mail.
 */
package org.beacon.portal.mail;
