/**
 * The audit trail administrators read: who did what to whom, when and from where (sign-ins and failed sign-ins,
 * locks, passwords, roles, departments, deactivations, imports), append-only in the database. Any component
 * records into it; it reads no business component. Depends on platform.paging and platform.persistence.
 */
package org.servicepact.platform.audit;
