package org.servicepact.organisation.application;

import org.junit.jupiter.api.Test;
import org.servicepact.organisation.domain.Role;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GroupRolesTest {

    private static GroupRoles mapping(String hrGroups, String adminGroups) {
        GroupRoles roles = new GroupRoles();
        roles.hrGroups = Optional.ofNullable(hrGroups);
        roles.adminGroups = Optional.ofNullable(adminGroups);
        return roles;
    }

    @Test
    void withoutAMappingGroupsDecideNothing() {
        assertEquals(Optional.empty(), mapping(null, null).grantedFor(List.of("HR", "Domain Admins")));
    }

    @Test
    void configuredGroupsGiveTheirRolesComparedWithoutCaseAndSpaces() {
        GroupRoles roles = mapping("people-team, cn=HR\\,ou=groups\\,dc=example\\,dc=org", "Portal Admins");
        assertEquals(Optional.of(Set.of(Role.HR)), roles.grantedFor(List.of("CN=hr,OU=Groups,DC=example,DC=org")));
        assertEquals(Optional.of(Set.of(Role.HR, Role.ADMIN)), roles.grantedFor(List.of("portal admins", " People-Team ")));
    }

    @Test
    void withAMappingAPersonInNoneOfTheGroupsHoldsNoGrantedRole() {
        assertEquals(Optional.of(Set.of()), mapping("people-team", null).grantedFor(List.of("everyone")));
    }
}
