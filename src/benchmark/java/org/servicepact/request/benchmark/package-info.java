/**
 * JMH benchmarks of the clock engine, compiled and run only by the {@code benchmark} Maven profile
 * ({@code mvn -Pbenchmark test-compile exec:exec}), never by {@code mvn verify}.
 */
package org.servicepact.request.benchmark;
