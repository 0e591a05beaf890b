package org.servicepact.organisation.imports;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.servicepact.platform.rules.RuleViolation;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs a confirmed import in the background, so the page can show its progress while it works. */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    OrganisationImport organisationImport;

    /** Starts the import of the previewed plan's files; the returned progress says when it is done. */
    public ImportProgress start(ImportPlan previewed, byte[] departmentsCsv, byte[] employeesCsv, ImportSource source) {
        ImportProgress progress = new ImportProgress(OrganisationImport.steps(previewed));
        executor.execute(() -> {
            try {
                organisationImport.apply(departmentsCsv, employeesCsv, source, progress);
            } catch (RuntimeException e) {
                RuleViolation refused = RuleViolation.causing(e).orElse(null);
                if (refused == null) {
                    LOG.log(Level.WARNING, "Organisation import failed", e);
                }
                progress.fail(refused == null ? "import.unexpected" : refused.messageKey());
            }
        });
        return progress;
    }
}
