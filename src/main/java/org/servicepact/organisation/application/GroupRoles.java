package org.servicepact.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicepact.organisation.domain.Role;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which of the identity provider's or directory's groups make a person HR or ADMIN, by configuration
 * ({@code servicepact.roles.hr-groups}, {@code servicepact.roles.admin-groups}: group names or DNs, a comma-separated
 * list, compared without case). Without either setting the portal's own grants stand and groups change nothing.
 */
@ApplicationScoped
public class GroupRoles {

    private static final Pattern UNESCAPED_COMMA = Pattern.compile("(?<!\\\\),");

    @Inject
    @ConfigProperty(name = "servicepact.roles.hr-groups")
    Optional<String> hrGroups;

    @Inject
    @ConfigProperty(name = "servicepact.roles.admin-groups")
    Optional<String> adminGroups;

    /** The granted roles these groups give; empty when groups decide no roles here. */
    public Optional<Set<Role>> grantedFor(Collection<String> groups) {
        if (hrGroups.isEmpty() && adminGroups.isEmpty()) {
            return Optional.empty();
        }
        Set<String> held = groups.stream().map(GroupRoles::normalised).collect(Collectors.toSet());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (anyHeld(hrGroups, held)) {
            roles.add(Role.HR);
        }
        if (anyHeld(adminGroups, held)) {
            roles.add(Role.ADMIN);
        }
        return Optional.of(roles);
    }

    /**
     * Whether any of the configured groups is held: a MicroProfile Config list (comma-separated, {@code \,} for a comma
     * inside a DN), split here as Payara's config injection takes no {@code Optional<List>}.
     */
    private static boolean anyHeld(Optional<String> configured, Set<String> held) {
        return configured.stream().flatMap(groups -> Arrays.stream(UNESCAPED_COMMA.split(groups)))
                .map(group -> group.replace("\\,", ",")).filter(group -> !group.isBlank())
                .map(GroupRoles::normalised).anyMatch(held::contains);
    }

    private static String normalised(String group) {
        return group.strip().toLowerCase(Locale.ROOT);
    }
}
