/**
 * Transactional services over the organisation: forms validated with Bean Validation, uniqueness and
 * stale-edit checks, lists paged in the database, read models for home pages and the organisation chart.
 */
package org.servicepact.organisation.application;
