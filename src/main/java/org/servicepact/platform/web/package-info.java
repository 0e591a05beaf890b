/**
 * JSF plumbing: messages from the resource bundle, rule violations shown beside their field, lazy
 * table models, records readable from EL, error answers.
 */
package org.servicepact.platform.web;
