/**
 * Staff accounts, their roles and how they prove who they are. Public visitors never have an account.
 */
package org.beacon.portal.account;
