/**
 * View beans of the organisation pages: home, administration lists and editors, import, chart.
 */
package org.servicepact.organisation.web;
