/** The public sign-up, confirmation, preferences and unsubscribe pages, and the one-click unsubscribe endpoint. */
package org.beacon.portal.web.subscriber;
