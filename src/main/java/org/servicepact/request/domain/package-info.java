/**
 * Peer requests and their clocks. {@code RequestClocks} reads every clock of a request (first response,
 * resolution, clarification cycles, advance notice, confirmation, completeness) from its event log, the
 * agreement version's targets and both sides' calendars; plain Java with plain tests. Depends on
 * agreement.domain and calendar.domain.
 */
package org.servicepact.request.domain;
