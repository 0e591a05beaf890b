/**
 * In-app notifications: the entity a person is told through; and the mail a person replies with, read as the text
 * they wrote ({@link org.servicepact.notification.domain.ReplyText}, {@link org.servicepact.notification.domain.HtmlText},
 * {@link org.servicepact.notification.domain.FlowedText}), and what a reply to a resolution asks for
 * ({@link org.servicepact.notification.domain.ResolutionReply}).
 */
package org.servicepact.notification.domain;
