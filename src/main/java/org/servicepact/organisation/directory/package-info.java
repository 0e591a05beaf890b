/**
 * The organisation's directory (LDAP: Active Directory, OpenLDAP, 389 DS …), configured by MicroProfile Config: its
 * people, departments and managers read for a directory sync that goes through the same preview and checks as HR's CSV
 * import, on demand or on a schedule, and the look-up and password check that sign-in against the directory uses.
 */
package org.servicepact.organisation.directory;
