/**
 * The public pages, rendered from the database through {@link org.beacon.portal.content.PublishedContent}.
 */
package org.beacon.portal.web.content;
