/**
 * Importing departments and employees from CSV: strict reading ({@code CsvTable}), a preview that
 * writes nothing ({@code ImportValidator}, plain Java), and an all-or-nothing apply that reports progress.
 */
package org.servicepact.organisation.imports;
