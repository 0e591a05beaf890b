/**
 * The house rules of shared/STYLE.md as ArchUnit tests: layers inside a component, components depending
 * downwards, nobody reading insight, platform reading no business component, and no cycles.
 */
package org.servicepact.architecture;
