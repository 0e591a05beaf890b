/**
 * Paging and sorting requests for lists that page in the database, with whitelisted sort columns.
 */
package org.servicepact.platform.paging;
