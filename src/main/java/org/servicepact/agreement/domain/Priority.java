package org.servicepact.agreement.domain;

/** How urgent a request is: P1 the most urgent, P4 the least. Targets are given per priority. */
public enum Priority {
    P1, P2, P3, P4
}
