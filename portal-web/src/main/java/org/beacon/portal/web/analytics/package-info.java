/** Counting the public pages' views, for the readership figures (see org.beacon.portal.analytics). */
package org.beacon.portal.web.analytics;
