/**
 * The login page's bean and the current user as pages see it.
 */
package org.servicepact.security.web;
