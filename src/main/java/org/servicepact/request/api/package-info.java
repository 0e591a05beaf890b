/**
 * The JSON API under /api/v1 (JAX-RS; personal access tokens or HTTP Basic): my requests, one request with its clocks
 * and events, logging a request, acting on one as its page does, importing historical requests. Depends on
 * request.application (and organisation.application to find a person by username).
 */
package org.servicepact.request.api;
