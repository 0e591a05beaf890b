/**
 * The portal's texts (org/servicepact/i18n/messages.properties) formatted for a language, without JSF: what
 * services, the API and the pages' message resolver share. Depends on nothing of the portal.
 */
package org.servicepact.platform.i18n;
