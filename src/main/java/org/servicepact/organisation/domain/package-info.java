/**
 * The organisation: parties (departments and external customers or vendors), employees with their
 * supervisors, and the roles that are granted rather than derived. Entities guard their own rules
 * (no reporting loops, a head works in the department). Depends on calendar.domain and platform.rules.
 */
package org.servicepact.organisation.domain;
