/**
 * Pages the public site shows, and the navigation between them. Read by anyone; written by communications staff.
 */
package org.beacon.portal.content;
