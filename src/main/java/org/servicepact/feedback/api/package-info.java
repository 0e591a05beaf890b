/**
 * The JSON API's calls about feedback, as the pages do them: a request's ratings under the blind rule and rating the
 * other side ({@code /api/v1/requests/{id}/rating}); my letter lists, writing a letter, and a letter read, acknowledged
 * and, for a complaint, closed by its addressee ({@code /api/v1/letters}). Part of the API of {@code request.api} (its
 * application, gate, paging and refusals); depends on feedback.application and organisation.application (to find whom
 * a letter is about by username or department code).
 */
package org.servicepact.feedback.api;
