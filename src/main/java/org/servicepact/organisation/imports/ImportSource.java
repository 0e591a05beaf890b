package org.servicepact.organisation.imports;

/**
 * Where an import's rows come from. HR's CSV files change and create the people they list; the organisation's
 * directory is the whole list of the people it keeps, so a directory sync also deactivates those it kept who are no
 * longer in it (and marks everyone it lists as kept by it).
 */
public enum ImportSource {
    CSV_FILES,
    DIRECTORY;

    public boolean isWholeList() {
        return this == DIRECTORY;
    }
}
