/**
 * The JSON API's calls about what reaches a person ({@code /api/v1/work}): their to-do list, for a phone's widget,
 * a chat bot or a department's own tools. Part of the API of {@code request.api} (its application, gate and refusals);
 * depends on notification.application.
 */
package org.servicepact.notification.api;
