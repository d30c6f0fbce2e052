/** Events in the console (write, publish, postpone, cancel) and on the public site (lists, month, page, calendar feed). */
package org.beacon.portal.web.event;
