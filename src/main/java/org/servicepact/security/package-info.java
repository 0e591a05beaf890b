/**
 * Login with Jakarta Security: the form mechanism, the identity store over the organisation's employees
 * (roles EMPLOYEE, DEPARTMENT_HEAD derived from heading a department, HR and ADMIN granted), PBKDF2
 * password hashes, and the work-around for the first request after login (Payara issue 4734).
 */
package org.servicepact.security;
