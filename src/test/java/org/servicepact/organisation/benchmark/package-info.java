/**
 * Generated organisation files for measuring the CSV import by hand (not run by {@code mvn verify}).
 */
package org.servicepact.organisation.benchmark;
