package org.servicepact.platform.persistence;

import java.io.Serializable;

/**
 * What every edit form of a stored record carries: the record's id (none while new) and the version it was
 * read at, so that saving over someone else's change is refused (see {@link Records#forEdit}).
 */
public abstract class RecordForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
