/**
 * The login page's bean and the administrators' password form.
 */
package org.servicepact.security.web;
