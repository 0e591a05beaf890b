/**
 * Service agreements: the aggregate {@code Agreement} with its versions, services, two-way commitments
 * (measures and targets per priority), acceptances and history. Guards the lifecycle and who may act.
 * Plain rules with plain tests ({@code VersionStatus}, {@code CommitmentTerms}, {@code VersionComparison}).
 * Depends on organisation.domain, calendar.domain and platform.rules.
 */
package org.servicepact.agreement.domain;
