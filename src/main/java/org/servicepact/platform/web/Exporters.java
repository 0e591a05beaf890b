package org.servicepact.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The table exporters the pages use ({@code exporter="#{exporters.csv}"}); a fresh one per export, as exporters keep state. */
@Named
@ApplicationScoped
public class Exporters {

    public FormulaSafeCsvExporter getCsv() {
        return new FormulaSafeCsvExporter();
    }
}
