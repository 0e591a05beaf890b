package org.servicepact.platform.leadership;

/**
 * A lock one holder at a time has, for as long as it is alive: the node that holds it leads. Each holder asks
 * again at short intervals; a holder that has lost the lock (its database session ended) learns so at its next
 * ask, and another takes it at theirs.
 */
public interface LeaderLock {

    /** Keeps the lock if this holder still has it, else tries to take it; answers whether this holder has it now. */
    boolean holdOrTake();

    /** Gives the lock up, for another holder to take at its next ask. */
    void release();
}
