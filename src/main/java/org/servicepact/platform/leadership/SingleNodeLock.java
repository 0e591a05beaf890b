package org.servicepact.platform.leadership;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The lock on the embedded H2 database, which only one server opens: its holders are all in this server, so the
 * lock is kept here, and goes away with the server.
 */
final class SingleNodeLock implements LeaderLock {

    private static final ConcurrentMap<String, SingleNodeLock> HOLDERS = new ConcurrentHashMap<>();

    private final String name;

    SingleNodeLock(String name) {
        this.name = name;
    }

    @Override
    public boolean holdOrTake() {
        return HOLDERS.putIfAbsent(name, this) == null || HOLDERS.get(name) == this;
    }

    @Override
    public void release() {
        HOLDERS.remove(name, this);
    }
}
