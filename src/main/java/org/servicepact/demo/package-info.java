/**
 * The demo organisation seeded on the first start against an empty database. Reads every other
 * component; nothing depends on it.
 */
package org.servicepact.demo;
