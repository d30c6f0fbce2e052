/**
 * Staff sign-in with Jakarta Security: the form mechanism, the identity store over the account service, and the
 * console's view of the signed-in member.
 */
package org.beacon.portal.web.account;
