package org.servicepact.organisation.application;

import org.servicepact.organisation.domain.EmailAddress;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.servicepact.organisation.domain.ExternalParty;
import org.servicepact.platform.persistence.RecordForm;

/** What an administrator types to create or change an external customer or vendor. */
public class ExternalPartyForm extends RecordForm {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 150)
    private String name;

    @NotNull
    private ExternalParty.Kind kind;

    @NotBlank
    @Size(max = 150)
    private String contactPerson;

    @NotBlank
    @Email(regexp = EmailAddress.PATTERN)
    @Size(max = EmailAddress.MAX_LENGTH)
    private String email;

    @Size(max = 40)
    @Pattern(regexp = "[0-9 +()./-]*", message = "{employee.phone.pattern}")
    private String phone;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ExternalParty.Kind getKind() {
        return kind;
    }

    public void setKind(ExternalParty.Kind kind) {
        this.kind = kind;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
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
}
