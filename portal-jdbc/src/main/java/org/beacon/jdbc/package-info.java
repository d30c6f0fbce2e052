/**
 * The JDBC driver WildFly's datasources name, installed as the server module {@code org.beacon.jdbc}: it lets the
 * database URL alone decide between H2 and PostgreSQL.
 */
package org.beacon.jdbc;
