/** The console's settings page, /admin/settings, for administrators. */
package org.beacon.portal.web.setting;
