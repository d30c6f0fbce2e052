package org.beacon.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.beacon.portal.testing.AsAdministrator;
import org.beacon.portal.testing.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class StaffAccountsIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.create("staff-accounts-it");
    }

    @EJB
    StaffAccounts accounts;

    @EJB
    StaffCredentials credentials;

    @EJB
    AsAdministrator asAdministrator;

    @Test
    void anAnonymousCallerIsRefusedTheStaffList() {
        assertThatThrownBy(() -> accounts.all()).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void anAnonymousCallerIsRefusedTheSignedInStaffMember() {
        assertThatThrownBy(() -> accounts.signedIn()).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void anAdministratorSeesTheFirstAdministratorCreatedAtStartUp() throws Exception {
        assertThat(asAdministrator.call(accounts::all))
                .extracting(StaffMember::getEmail)
                .contains(FirstAdministrator.DEFAULT_EMAIL);
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressAreRefusedAlike() {
        assertThat(credentials.verify(FirstAdministrator.DEFAULT_EMAIL, "wrong-password".toCharArray())).isEmpty();
        assertThat(credentials.verify("nobody@example.org", "wrong-password".toCharArray())).isEmpty();
    }
}
