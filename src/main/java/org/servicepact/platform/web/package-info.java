/**
 * JSF plumbing: messages from the resource bundle, rule violations shown beside their field, lazy
 * table models, records readable from EL, what a view bean reads afresh in each request
 * ({@code PerRequest}), the headers every answer carries, error answers.
 */
package org.servicepact.platform.web;
