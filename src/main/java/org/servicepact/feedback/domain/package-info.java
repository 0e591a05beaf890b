/**
 * Two-way ratings and letters (compliments, complaints) with their lifecycles, and the rules that need no
 * container: the blind-rating window and who a letter goes to. Depends on request, organisation and agreement.
 */
package org.servicepact.feedback.domain;
