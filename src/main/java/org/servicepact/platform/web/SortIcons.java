package org.servicepact.platform.web;

/** The icon of a sortable heading or sorting link, from how its column is sorted now (as {@code aria-sort} says it). */
public final class SortIcons {

    private SortIcons() {
    }

    /** For "ascending", "descending" or "none": which way it sorts now, or that it can. */
    public static String of(String sortState) {
        return switch (sortState) {
            case "ascending" -> "pi-sort-amount-up-alt";
            case "descending" -> "pi-sort-amount-down";
            default -> "pi-sort-alt";
        };
    }
}
