/**
 * Run on purpose, never by {@code mvn verify}: {@link org.servicepact.insight.benchmark.LargeOrganisation} writes a
 * large organisation into the configured database so that the reports can be measured at scale (README).
 */
package org.servicepact.insight.benchmark;
