package org.servicepact.agreement.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** What a head fills in to start an agreement: the two parties, which way the service goes, and where to start. */
public class NewAgreementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which way the service goes, seen from the head's own department. */
    public enum Direction { WE_PROVIDE, WE_CONSUME }

    @NotNull
    private Long ownDepartmentId;

    @NotNull
    private Long counterpartId;

    @NotNull
    private Direction direction = Direction.WE_PROVIDE;

    @NotBlank
    @Size(max = 200)
    private String title;

    /** The version to copy, or {@code null} to start from an empty agreement. */
    private Long templateVersionId;

    public Long getOwnDepartmentId() {
        return ownDepartmentId;
    }

    public void setOwnDepartmentId(Long ownDepartmentId) {
        this.ownDepartmentId = ownDepartmentId;
    }

    public Long getCounterpartId() {
        return counterpartId;
    }

    public void setCounterpartId(Long counterpartId) {
        this.counterpartId = counterpartId;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getTemplateVersionId() {
        return templateVersionId;
    }

    public void setTemplateVersionId(Long templateVersionId) {
        this.templateVersionId = templateVersionId;
    }
}
