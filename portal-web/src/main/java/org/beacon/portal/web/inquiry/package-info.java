/** The contact form on the public site, and the inquiry queue and detail in the console. */
package org.beacon.portal.web.inquiry;
