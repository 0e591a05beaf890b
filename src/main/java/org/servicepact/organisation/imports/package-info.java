/**
 * Importing departments and employees from CSV files or the directory sync: strict reading ({@code CsvTable}), a
 * preview that writes nothing ({@code ImportValidator}, plain Java), and an all-or-nothing apply that reports progress.
 */
package org.servicepact.organisation.imports;
