/**
 * The figures of the service culture and the rules over them that need no container: raw counts of one
 * direction of a tie (mergeable over months and directions), rating sums with the anonymity threshold, and
 * the documented health score of a tie. Depends on feedback.domain (the principles) only.
 */
package org.servicepact.insight.domain;
