package org.servicepact.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.omnifaces.util.Messages;
import org.servicepact.organisation.directory.Directory;
import org.servicepact.organisation.directory.DirectorySync;
import org.servicepact.organisation.imports.ImportPlan;
import org.servicepact.organisation.imports.ImportProgress;
import org.servicepact.organisation.imports.ImportRunner;
import org.servicepact.organisation.imports.ImportSource;
import org.servicepact.organisation.imports.OrganisationImport;
import org.servicepact.platform.web.BundleMessageResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/** Uploads organisation CSV files or reads the directory, previews what that would do, and imports it once confirmed. */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationImport organisationImport;

    @Inject
    ImportRunner runner;

    @Inject
    DirectorySync directory;

    private transient Part departmentsFile;
    private transient Part employeesFile;
    private byte[] departmentsCsv;
    private byte[] employeesCsv;
    private ImportSource source = ImportSource.CSV_FILES;
    private ImportPlan plan;
    private transient ImportProgress progress;

    public void preview() {
        departmentsCsv = contentOf(departmentsFile);
        employeesCsv = contentOf(employeesFile);
        source = ImportSource.CSV_FILES;
        progress = null;
        if (departmentsCsv == null && employeesCsv == null) {
            plan = null;
            Messages.addGlobalError("import.noFile");
            return;
        }
        plan = organisationImport.preview(departmentsCsv, employeesCsv);
        if (plan.departmentFileProblem() != null) {
            Messages.addGlobalError("import.fileProblem", departmentsFile.getSubmittedFileName(),
                    plan.departmentFileProblem().render(BundleMessageResolver.locale()));
        }
        if (plan.employeeFileProblem() != null) {
            Messages.addGlobalError("import.fileProblem", employeesFile.getSubmittedFileName(),
                    plan.employeeFileProblem().render(BundleMessageResolver.locale()));
        }
        if (plan.hasErrors()) {
            Messages.addGlobalWarn("import.hasErrors");
        }
    }

    /** Reads the organisation's directory and previews what a sync would do, as for files. */
    public void previewDirectory() {
        progress = null;
        plan = null;
        try {
            DirectorySync.Files files = directory.read();
            departmentsCsv = files.departmentsCsv();
            employeesCsv = files.employeesCsv();
        } catch (Directory.Unavailable e) {
            Messages.addGlobalError("import.directory.unavailable", e.getMessage());
            return;
        }
        source = ImportSource.DIRECTORY;
        plan = organisationImport.preview(departmentsCsv, employeesCsv, source);
        if (plan.hasErrors()) {
            Messages.addGlobalWarn("import.directory.hasErrors");
        }
    }

    public boolean isDirectoryConfigured() {
        return directory.isConfigured();
    }

    public boolean isFromDirectory() {
        return source == ImportSource.DIRECTORY;
    }

    public void confirm() {
        if (plan == null || plan.hasErrors() || isRunning()) {
            return;
        }
        progress = runner.start(plan, departmentsCsv, employeesCsv, source);
    }

    /** Called by the progress bar when it reaches 100 %. */
    public void finished() {
        if (progress == null) {
            return;
        }
        if (progress.state() == ImportProgress.State.DONE) {
            Messages.addGlobalInfo(isFromDirectory() ? "import.directory.done" : "import.done", plan.writes());
        } else if (progress.state() == ImportProgress.State.FAILED) {
            Messages.addGlobalError("import.failed", BundleMessageResolver.format(progress.failure()));
        }
    }

    /** Whether the previewed plan may be imported now: free of errors, writing something, not started yet. */
    public boolean isConfirmable() {
        return plan != null && !plan.hasErrors() && plan.writes() > 0 && progress == null;
    }

    public int getProgressPercent() {
        if (progress == null) {
            return 0;
        }
        return progress.state() == ImportProgress.State.RUNNING ? Math.min(progress.percent(), 99) : 100;
    }

    public boolean isRunning() {
        return progress != null && progress.state() == ImportProgress.State.RUNNING;
    }

    public String getSummary() {
        return plan == null ? "" : BundleMessageResolver.format(isFromDirectory() ? "import.summary.directory" : "import.summary", plan.count(ImportPlan.Action.CREATE),
                plan.count(ImportPlan.Action.UPDATE), plan.count(ImportPlan.Action.UNCHANGED), plan.count(ImportPlan.Action.ERROR),
                plan.count(ImportPlan.Action.DEACTIVATE));
    }

    public List<ImportPlan.PlannedRow> getRows() {
        return plan == null ? List.of() : plan.allRows();
    }

    /** The uploaded file's bytes, or null when none was chosen (the native file field sends an empty part then). */
    private static byte[] contentOf(Part file) {
        if (file == null || file.getSize() == 0) {
            return null;
        }
        try (InputStream content = file.getInputStream()) {
            return content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be read", e);
        }
    }

    public ImportPlan getPlan() {
        return plan;
    }

    public Part getDepartmentsFile() {
        return departmentsFile;
    }

    public void setDepartmentsFile(Part departmentsFile) {
        this.departmentsFile = departmentsFile;
    }

    public Part getEmployeesFile() {
        return employeesFile;
    }

    public void setEmployeesFile(Part employeesFile) {
        this.employeesFile = employeesFile;
    }
}
