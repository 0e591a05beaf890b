/**
 * Transactional acts on agreements ({@code Agreements}), the queries of the agreement pages
 * ({@code AgreementDirectory}), and the clock that puts accepted versions in force on their date.
 */
package org.servicepact.agreement.application;
