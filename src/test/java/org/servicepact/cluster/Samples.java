package org.servicepact.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every HTTP exchange the simulated users made (when it ended, how long it took, which node answered, whether it
 * succeeded), and the events the check counts: sign-ins, sessions or views that were lost, journeys that went on on
 * another node.
 */
final class Samples {

    /** One exchange: ended at {@code endMillis} (epoch), took {@code micros}. */
    record Sample(long endMillis, long micros, String what, String node, boolean ok) {
    }

    private static final int NOTES_KEPT = 40;

    /**
     * A page whose view the answering {@code node} did not know, and the last answer the person had before it (from
     * {@code lastNode} at {@code lastAnsweredAt}, epoch milliseconds).
     */
    record LostView(String node, String lastNode, long lastAnsweredAt) {
    }

    private final List<Sample> samples = new ArrayList<>();
    private final List<LostView> lostViews = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    final AtomicInteger signIns = new AtomicInteger();
    final AtomicInteger sessionsLost = new AtomicInteger();
    final AtomicInteger journeysMoved = new AtomicInteger();
    final AtomicInteger usersMoved = new AtomicInteger();

    void add(String what, long startedNanos, String node, boolean ok) {
        long micros = (System.nanoTime() - startedNanos) / 1000;
        Sample sample = new Sample(System.currentTimeMillis(), micros, what, node, ok);
        synchronized (samples) {
            samples.add(sample);
        }
    }

    void viewLost(LostView view) {
        synchronized (lostViews) {
            lostViews.add(view);
        }
    }

    List<LostView> lostViews() {
        synchronized (lostViews) {
            return List.copyOf(lostViews);
        }
    }

    /** Something that went wrong, with the node and the start of the answer, for whoever reads the logs. */
    void note(String what) {
        synchronized (notes) {
            if (notes.size() < NOTES_KEPT) {
                notes.add(System.currentTimeMillis() + " " + what);
            }
        }
    }

    List<String> notes() {
        synchronized (notes) {
            return List.copyOf(notes);
        }
    }

    List<Sample> between(long fromMillis, long toMillis) {
        synchronized (samples) {
            return samples.stream().filter(s -> s.endMillis() >= fromMillis && s.endMillis() < toMillis).toList();
        }
    }
}
