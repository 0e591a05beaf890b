/**
 * Login with Jakarta Security: the portal's own authentication mechanism (form login keeping only the username in
 * the session, HTTP Basic for the API, roles looked up on every request so a deactivation counts at once), the
 * identity store over the organisation's employees (roles EMPLOYEE, DEPARTMENT_HEAD derived from heading a
 * department, HR and ADMIN granted), PBKDF2 password hashes and the policy a new password must meet, and the
 * throttle that counts failed sign-ins per account and address and locks them for a growing time.
 */
package org.servicepact.security;
