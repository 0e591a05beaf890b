package org.servicepact.organisation.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The loops of a "points to" relation (reports to, lies under), each key walked once however many are
 * asked about, so a file of 100,000 people reporting in one long chain is checked in linear time. Asks
 * only after the relation is complete: what it has walked it remembers.
 */
final class Loops {

    /** How many names of a long loop are shown before it is shortened. */
    private static final int NAMES_SHOWN = 8;

    private final UnaryOperator<String> next;
    private final Set<String> walked = new HashSet<>();
    private final Map<String, String> loopThrough = new HashMap<>();

    Loops(UnaryOperator<String> next) {
        this.next = next;
    }

    /** The loop through {@code start} ("a → b → a"), if following the relation leads back to it. */
    Optional<String> through(String start) {
        if (!walked.contains(start)) {
            walkFrom(start);
        }
        return Optional.ofNullable(loopThrough.get(start));
    }

    private void walkFrom(String start) {
        List<String> path = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        String step = start;
        while (step != null && !walked.contains(step) && !positions.containsKey(step)) {
            positions.put(step, path.size());
            path.add(step);
            step = next.apply(step);
        }
        if (step != null && positions.containsKey(step)) {
            List<String> loop = path.subList(positions.get(step), path.size());
            for (int i = 0; i < loop.size(); i++) {
                loopThrough.put(loop.get(i), describe(loop, i));
            }
        }
        walked.addAll(path);
    }

    /** The loop read from its {@code first} member round to it again, shortened in the middle when long. */
    private static String describe(List<String> loop, int first) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(loop.size(), NAMES_SHOWN); i++) {
            names.add(loop.get((first + i) % loop.size()));
        }
        if (loop.size() > NAMES_SHOWN) {
            names.add("… (" + (loop.size() - NAMES_SHOWN) + " more)");
        }
        names.add(loop.get(first));
        return String.join(" → ", names);
    }
}
