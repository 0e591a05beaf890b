/**
 * Logging and working peer requests ({@code Requests}), and the request lists ({@code RequestDirectory}).
 */
package org.servicepact.request.application;
