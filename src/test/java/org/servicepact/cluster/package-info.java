/**
 * The cluster check's simulated users ({@code .ci/cluster}): people who sign in once through the load balancer, log
 * requests through the form, escalate some, take requests from their department's queue and open pages, while the
 * script switches nodes on and kills one; what they were told was saved is written down for the script to look for.
 * One more person works in headless Chromium ({@link org.servicepact.cluster.BrowserFailover}): a request typed on the
 * node that is killed, sent after the kill.
 */
package org.servicepact.cluster;
