/**
 * The JSON API's calls about feedback, as the pages do them: a request's ratings under the blind rule and rating the
 * other side ({@code /api/v1/requests/{id}/rating}), and a letter read, acknowledged and, for a complaint, closed by its
 * addressee ({@code /api/v1/letters/{id}}). Part of the API of {@code request.api} (its application, gate and
 * refusals); depends on feedback.application.
 */
package org.servicepact.feedback.api;
