/**
 * The reports, computed by SQL aggregates over the requests, their clocks, escalations, ratings and letters
 * (native queries with GROUP BY; nothing is loaded per request), and who may see which of them: HR the
 * whole organisation, a department head their own departments. Reads request, feedback, agreement and
 * organisation; nobody reads insight.
 */
package org.servicepact.insight.application;
