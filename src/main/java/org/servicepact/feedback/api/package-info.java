/**
 * The JSON API's calls about feedback ({@code /api/v1/requests/{id}/rating}): reading a request's ratings under the
 * blind rule and rating the other side, as the request's page does. Part of the API of {@code request.api} (its
 * application, gate and refusals); depends on feedback.application.
 */
package org.servicepact.feedback.api;
