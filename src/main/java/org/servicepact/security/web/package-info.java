/**
 * The login page's bean, signing out, and the administrators' password form.
 */
package org.servicepact.security.web;
