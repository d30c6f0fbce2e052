/**
 * The organisation's settings as administrators change them at /admin/settings: checked, stored over the environment's
 * values, audited. Its own capability rather than part of platform, which reads the stored values: checking them needs
 * the mail address rule, the inquiry topics and the audit trail, all of which stand on platform.
 */
package org.beacon.portal.setting;
