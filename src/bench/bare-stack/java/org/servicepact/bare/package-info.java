/**
 * The bare stack the portal is measured against (README, Performance): the same Payara Micro, PrimeFaces, JPA and
 * JAX-RS with nothing of the portal, one table of 320 rows, a PrimeFaces table page and a JSON read. Built and run
 * by {@code src/bench/compare-with-bare-stack.sh}; not part of the portal's WAR.
 */
package org.servicepact.bare;
