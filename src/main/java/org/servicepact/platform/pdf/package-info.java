/**
 * PDF text in any script people type: embedded fonts (Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari,
 * Thai, Chinese, Japanese, Korean, emoji) chosen per character, with Java's glyph layout for joined and
 * right-to-left scripts.
 */
package org.servicepact.platform.pdf;
