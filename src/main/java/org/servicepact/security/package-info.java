/**
 * Login with Jakarta Security: the portal's own authentication mechanism (form login keeping only the username in
 * the session, HTTP Basic for the API, roles looked up on every request so a deactivation counts at once), the
 * identity store over the organisation's employees (roles EMPLOYEE, DEPARTMENT_HEAD derived from heading a
 * department, HR and ADMIN granted) and PBKDF2 password hashes.
 */
package org.servicepact.security;
