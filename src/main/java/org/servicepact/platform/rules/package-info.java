/**
 * {@code RuleViolation}: a business rule refused a request, naming the field and a message key; and the
 * Bean Validation check services run on forms that may not have come through a screen.
 */
package org.servicepact.platform.rules;
