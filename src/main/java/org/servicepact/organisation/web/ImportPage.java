package org.servicepact.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;
import org.servicepact.organisation.imports.ImportPlan;
import org.servicepact.organisation.imports.ImportProgress;
import org.servicepact.organisation.imports.ImportRunner;
import org.servicepact.organisation.imports.OrganisationImport;
import org.servicepact.platform.web.BundleMessageResolver;

import java.io.Serializable;
import java.util.List;

/** Uploads organisation CSV files, previews what they would do, and imports them once confirmed. */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationImport organisationImport;

    @Inject
    ImportRunner runner;

    private transient UploadedFile departmentsFile;
    private transient UploadedFile employeesFile;
    private byte[] departmentsCsv;
    private byte[] employeesCsv;
    private ImportPlan plan;
    private transient ImportProgress progress;

    public void preview() {
        departmentsCsv = contentOf(departmentsFile);
        employeesCsv = contentOf(employeesFile);
        progress = null;
        if (departmentsCsv == null && employeesCsv == null) {
            plan = null;
            Messages.addGlobalError("import.noFile");
            return;
        }
        plan = organisationImport.preview(departmentsCsv, employeesCsv);
        if (plan.departmentFileProblem() != null) {
            Messages.addGlobalError("import.fileProblem", departmentsFile.getFileName(), plan.departmentFileProblem());
        }
        if (plan.employeeFileProblem() != null) {
            Messages.addGlobalError("import.fileProblem", employeesFile.getFileName(), plan.employeeFileProblem());
        }
        if (plan.hasErrors()) {
            Messages.addGlobalWarn("import.hasErrors");
        }
    }

    public void confirm() {
        if (plan == null || plan.hasErrors() || isRunning()) {
            return;
        }
        progress = runner.start(plan, departmentsCsv, employeesCsv);
    }

    /** Called by the progress bar when it reaches 100 %. */
    public void finished() {
        if (progress == null) {
            return;
        }
        if (progress.state() == ImportProgress.State.DONE) {
            Messages.addGlobalInfo("import.done", plan.writes());
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
        return plan == null ? "" : BundleMessageResolver.format("import.summary", plan.count(ImportPlan.Action.CREATE),
                plan.count(ImportPlan.Action.UPDATE), plan.count(ImportPlan.Action.UNCHANGED), plan.count(ImportPlan.Action.ERROR));
    }

    public List<ImportPlan.PlannedRow> getRows() {
        return plan == null ? List.of() : plan.allRows();
    }

    private static byte[] contentOf(UploadedFile file) {
        return file == null || file.getSize() == 0 ? null : file.getContent();
    }

    public ImportPlan getPlan() {
        return plan;
    }

    public UploadedFile getDepartmentsFile() {
        return departmentsFile;
    }

    public void setDepartmentsFile(UploadedFile departmentsFile) {
        this.departmentsFile = departmentsFile;
    }

    public UploadedFile getEmployeesFile() {
        return employeesFile;
    }

    public void setEmployeesFile(UploadedFile employeesFile) {
        this.employeesFile = employeesFile;
    }
}
