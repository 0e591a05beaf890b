/**
 * The JSON API under /api/v1 (JAX-RS; personal access tokens or HTTP Basic): my requests, one request with its clocks
 * and events, logging a request, acting on one as its page does, importing historical requests; the agreements my
 * department may ask under, and an agreement read and decided on by the heads of its sides; and what the API's calls
 * share (its language, paging, body reading and refusals). Depends on request.application, agreement.application (and
 * organisation.application to find a person by username).
 */
package org.servicepact.request.api;
