package org.servicepact.organisation.application;

import java.io.Serializable;

/** Something to pick from a list: its id and what the user reads. */
public record Option(Long id, String label) implements Serializable {
}
