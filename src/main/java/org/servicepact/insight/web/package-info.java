/**
 * The insight screens: a department's dashboard, the tie page and HR's culture review, with their charts
 * (Chart.js configurations written with JSON-P for PrimeFaces' chart), table exports and the review's PDF.
 */
package org.servicepact.insight.web;
