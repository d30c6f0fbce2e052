package org.beacon.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void theAnnotationNamesAreTheRoleNames() {
        assertThat(Role.ADMIN.name()).isEqualTo(Role.Names.ADMIN);
        assertThat(Role.MODERATOR.name()).isEqualTo(Role.Names.MODERATOR);
        assertThat(Role.COMMUNICATIONS.name()).isEqualTo(Role.Names.COMMUNICATIONS);
    }

    @Test
    void noPersonCanHoldTheSystemRole() {
        assertThat(Role.values()).extracting(Role::name).doesNotContain(Role.Names.SYSTEM);
    }
}
