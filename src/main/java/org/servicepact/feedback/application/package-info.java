/**
 * Giving ratings and writing, acknowledging and closing letters, each act in its own transaction; the
 * "feedback to give" reminders and the letter lists, paged in the database. Letters and ratings are checked
 * against who is asking here. Depends on request, organisation and calendar.
 */
package org.servicepact.feedback.application;
