/**
 * Login with Jakarta Security: the portal's own authentication mechanism (form login keeping only the username in
 * the session, single sign-on through the organisation's OpenID provider, personal access tokens and HTTP Basic for
 * the API, roles looked up on every request so a deactivation counts at once), the identity stores over the
 * organisation's employees and its directory (roles EMPLOYEE, DEPARTMENT_HEAD derived from heading a
 * department, HR and ADMIN granted), PBKDF2 password hashes and the policy a new password must meet, and the
 * throttle that counts failed sign-ins per account and address and locks them for a growing time.
 */
package org.servicepact.security;
