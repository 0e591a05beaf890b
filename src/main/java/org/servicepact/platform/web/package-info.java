/**
 * JSF plumbing: messages from the resource bundle, rule violations shown beside their field, lazy
 * table models, the reports' plain tables paged, sorted and exported by address ({@code ReportTable}, with its CSV
 * and Excel files made on the server), records readable from EL, what a view bean reads afresh in each request
 * ({@code PerRequest}), the headers every answer carries, error answers.
 */
package org.servicepact.platform.web;
