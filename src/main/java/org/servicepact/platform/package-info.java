/**
 * What every component uses: the time source ({@link java.time.Clock}) and the one JSON provider
 * ({@link org.servicepact.platform.SharedJson}). Sub-packages hold start-up,
 * persistence, paging, rules, texts (i18n), health, the audit trail and JSF plumbing. Depends on no business
 * component.
 */
package org.servicepact.platform;
