/**
 * View beans of the agreement pages (list, new, draft editor, agreement) and the PDF export.
 */
package org.servicepact.agreement.web;
