/**
 * Events in the console (write, publish, postpone, cancel) and on the public site, one bean per page: the lists, the
 * month, one event with its registration form, the registrant's own link page; and the calendar feed.
 */
package org.beacon.portal.web.event;
