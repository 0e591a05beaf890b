package org.servicepact.organisation.application;

import org.servicepact.organisation.domain.EmailAddress;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.servicepact.organisation.domain.Role;
import org.servicepact.platform.persistence.RecordForm;

import java.util.ArrayList;
import java.util.List;

/** What an administrator types to create or change an employee. */
public class EmployeeForm extends RecordForm {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 60)
    @Pattern(regexp = "[a-z0-9._-]*", message = "{employee.username.pattern}")
    private String username;

    @NotBlank
    @Size(max = 150)
    private String fullName;

    @Size(max = 100)
    private String jobTitle;

    @NotBlank
    @Email(regexp = EmailAddress.PATTERN)
    @Size(max = EmailAddress.MAX_LENGTH)
    private String email;

    @Size(max = 40)
    @Pattern(regexp = "[0-9 +()./-]*", message = "{employee.phone.pattern}")
    private String phone;

    @NotNull
    private Long departmentId;

    private Long supervisorId;

    private List<Role> grantedRoles = new ArrayList<>();

    private boolean active = true;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Long getSupervisorId() {
        return supervisorId;
    }

    public void setSupervisorId(Long supervisorId) {
        this.supervisorId = supervisorId;
    }

    public List<Role> getGrantedRoles() {
        return grantedRoles;
    }

    public void setGrantedRoles(List<Role> grantedRoles) {
        this.grantedRoles = grantedRoles == null ? new ArrayList<>() : new ArrayList<>(grantedRoles);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
