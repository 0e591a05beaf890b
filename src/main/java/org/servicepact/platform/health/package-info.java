/**
 * MicroProfile Health checks (database readiness, liveness) and the endpoint that serves them at /health.
 */
package org.servicepact.platform.health;
