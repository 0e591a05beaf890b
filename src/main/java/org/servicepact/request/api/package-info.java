/**
 * The JSON API under /api/v1 (JAX-RS, HTTP Basic): my requests, one request with its clocks and events,
 * logging a request, importing historical requests. Depends on request.application.
 */
package org.servicepact.request.api;
