/**
 * View beans of the request pages: log a request, my requests and my department's queue, one request.
 */
package org.servicepact.request.web;
