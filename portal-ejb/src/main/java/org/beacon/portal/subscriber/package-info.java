/**
 * Subscribers and mailing lists: double opt-in with consent evidence, preferences and unsubscribe by signed link,
 * the suppression list, and the console's lists and subscribers. Only a confirmed subscription is ever mailed.
 */
package org.beacon.portal.subscriber;
