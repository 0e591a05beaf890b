/**
 * The feedback screens: rating the other side from a request's page, the "feedback to give" reminders,
 * writing a letter, and a letter's page where its addressee acknowledges (and closes) it.
 */
package org.servicepact.feedback.web;
