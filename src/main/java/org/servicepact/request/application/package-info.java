/**
 * The request component's services, one per use case: logging and working a request ({@code Requests}), handing it
 * on ({@code RequestHandOffs}), acknowledging escalations ({@code RequestEscalations}), importing history
 * ({@code RequestHistoryImport}), the lists ({@code RequestDirectory}) and the watcher ({@code RequestWatcher},
 * run by {@code RequestWatch}). Shared by them: the calendar each side keeps time by and the clocks read with it
 * ({@code RequestCalendars}), what a request caches for reports ({@code RequestFigures}) and the notices it sends
 * ({@code RequestNotifier}). May use agreement, organisation, calendar and platform.
 */
package org.servicepact.request.application;
