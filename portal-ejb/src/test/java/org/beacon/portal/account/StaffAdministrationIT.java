package org.beacon.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import org.beacon.portal.mail.MailOutbox;
import org.beacon.portal.mail.OutboundMail;
import org.beacon.portal.platform.Clocks;
import org.beacon.portal.platform.PortalSettings;
import org.beacon.portal.platform.TokenRefused;
import org.beacon.portal.testing.AsAdministrator;
import org.beacon.portal.testing.AsSystem;
import org.beacon.portal.testing.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class StaffAdministrationIT {

    private static final String GOOD_PASSWORD = "lantern harbour plum seventy";
    private static final Pattern LINK = Pattern.compile("/choose-password\\?token=(\\S+)");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.create("staff-administration-it");
    }

    @EJB
    StaffAdministration administration;

    @EJB
    StaffAccounts accounts;

    @EJB
    StaffCredentials credentials;

    @EJB
    StaffOnboarding onboarding;

    @EJB
    AuditLog auditLog;

    @Inject
    MailOutbox outbox;

    @EJB
    AsAdministrator asAdministrator;

    @EJB
    AsSystem asSystem;

    @Resource
    ManagedExecutorService executor;

    @EJB
    AuditRetention retention;

    @Inject
    Clocks clocks;

    @Test
    void anAnonymousCallerIsRefusedTheStaffListAndTheSignedInMember() {
        assertThatThrownBy(() -> administration.staff(null, 0, 10)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> accounts.signedIn()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> auditLog.events(AuditFilter.everything(), 0, 10)).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void anInvitedPersonChoosesTheirOwnPasswordOnceAndThenSignsIn() throws Exception {
        StaffMember invited = invite("moderator.one@beacon.test", "Mo Derator", Role.MODERATOR);
        assertThat(invited.getStatus()).isEqualTo(StaffStatus.INVITED);
        assertThat(credentials.verify("moderator.one@beacon.test", GOOD_PASSWORD.toCharArray()).signedIn())
                .as("nobody can sign in before choosing a password").isEmpty();

        String token = linkIn(lastMailTo("moderator.one@beacon.test"));
        assertThat(onboarding.link(token)).isEqualTo(new StaffOnboarding.LinkHolder("moderator.one@beacon.test", "Mo Derator", true));

        assertThatThrownBy(() -> onboarding.choosePassword(token, "password1234".toCharArray()))
                .isInstanceOf(StaffRefused.class).hasMessageContaining("too common");
        assertThatThrownBy(() -> onboarding.choosePassword(token, "short words".toCharArray()))
                .isInstanceOf(StaffRefused.class).hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> onboarding.choosePassword(token, "moderator.one@beacon.test".toCharArray()))
                .isInstanceOf(StaffRefused.class).hasMessageContaining("cannot be your email address");

        onboarding.choosePassword(token, GOOD_PASSWORD.toCharArray());

        assertThat(credentials.verify("Moderator.One@beacon.test", GOOD_PASSWORD.toCharArray()).signedIn())
                .hasValueSatisfying(signedIn -> assertThat(signedIn.roles()).containsExactly(Role.MODERATOR));
        assertThatThrownBy(() -> onboarding.choosePassword(token, "another fine long password".toCharArray()))
                .isInstanceOf(TokenRefused.class).extracting(e -> ((TokenRefused) e).getWhy()).isEqualTo(TokenRefused.Why.USED);
        assertThat(asAdministrator.call(() -> administration.member(invited.getId()).getStatus())).isEqualTo(StaffStatus.ACTIVE);
        assertThat(asAdministrator.call(() -> auditLog.events(new AuditFilter(invited.getId(), null, null, null, null, null), 0, 10)))
                .extracting(AuditEvent::getAction)
                .containsSubsequence(AuditAction.SIGN_IN_SUCCEEDED, AuditAction.INVITATION_ACCEPTED);
        assertThat(asAdministrator.call(() -> auditLog.events(AuditFilter.about(AuditTarget.STAFF, invited.getId()), 0, 10)))
                .extracting(AuditEvent::getAction).contains(AuditAction.STAFF_INVITED, AuditAction.INVITATION_ACCEPTED);
    }

    @Test
    void aResentInvitationReplacesTheEarlierLinkAndAnInvitationExpiresAfter72Hours() throws Exception {
        StaffMember invited = invite("comms.late@beacon.test", "Comms Late", Role.COMMUNICATIONS);
        String first = linkIn(lastMailTo("comms.late@beacon.test"));
        asAdministrator.call(() -> administration.resendInvitation(invited.getId()));
        String second = linkIn(lastMailTo("comms.late@beacon.test"));

        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> onboarding.link(first)).isInstanceOf(TokenRefused.class)
                .extracting(e -> ((TokenRefused) e).getWhy()).isEqualTo(TokenRefused.Why.USED);
        assertThat(onboarding.link(second).name()).isEqualTo("Comms Late");

        clocks.advance(Duration.ofHours(73));
        assertThatThrownBy(() -> onboarding.link(second)).isInstanceOf(TokenRefused.class)
                .extracting(e -> ((TokenRefused) e).getWhy()).isEqualTo(TokenRefused.Why.EXPIRED);
    }

    @Test
    void aForgedLinkIsRefusedAsInvalid() {
        assertThatThrownBy(() -> onboarding.link("bm90LWEtdG9rZW4.c2lnbmF0dXJl")).isInstanceOf(TokenRefused.class)
                .extracting(e -> ((TokenRefused) e).getWhy()).isEqualTo(TokenRefused.Why.INVALID);
        assertThatThrownBy(() -> onboarding.choosePassword(null, GOOD_PASSWORD.toCharArray())).isInstanceOf(TokenRefused.class);
    }

    @Test
    void anAddressThatAlreadyHasAnAccountIsNotInvitedTwice() throws Exception {
        invite("twice@beacon.test", "Twice", Role.MODERATOR);
        assertThatThrownBy(() -> invite("TWICE@beacon.test", "Twice again", Role.ADMIN))
                .isInstanceOf(StaffRefused.class).hasMessage("There is already an account for twice@beacon.test.");
    }

    @Test
    void aNameWithALineBreakIsRefusedBesideItsField() {
        assertThatThrownBy(() -> invite("crlf@beacon.test", "Eve\r\nBcc: everyone@example.org", Role.MODERATOR))
                .isInstanceOf(EJBException.class)
                .rootCause().hasMessageContaining("A name cannot contain line breaks.");
    }

    @Test
    void aDisabledPersonCannotSignInEvenWithTheRightPasswordAndAnyLinkOfTheirsStopsWorking() throws Exception {
        StaffMember member = active("leaver@beacon.test", "Lee Ver", Role.COMMUNICATIONS);
        onboarding.requestReset("leaver@beacon.test");
        String reset = linkIn(lastMailTo("leaver@beacon.test"));

        StaffMember disabled = asAdministrator.call(() -> administration.disable(member.getId()));

        assertThat(disabled.getStatus()).isEqualTo(StaffStatus.DISABLED);
        assertThat(disabled.getSessionGeneration()).as("open sessions end").isGreaterThan(member.getSessionGeneration());
        assertThat(credentials.verify("leaver@beacon.test", GOOD_PASSWORD.toCharArray()).signedIn()).isEmpty();
        assertThatThrownBy(() -> onboarding.link(reset)).isInstanceOf(TokenRefused.class);
        assertThat(asAdministrator.call(() -> auditLog.events(new AuditFilter(member.getId(), AuditAction.SIGN_IN_REFUSED, null, null, null, null), 0, 5)))
                .hasSize(1);

        asAdministrator.call(() -> administration.enable(member.getId()));
        assertThat(credentials.verify("leaver@beacon.test", GOOD_PASSWORD.toCharArray()).signedIn()).isPresent();
    }

    @Test
    void theLastEnabledAdministratorCanNeitherBeDisabledNorLoseTheRole() throws Exception {
        List<StaffMember> admins = asAdministrator.call(() -> administration.staff(null, 0, 1000)).stream()
                .filter(s -> s.isAdministrator() && s.getStatus() == StaffStatus.ACTIVE).toList();
        for (StaffMember other : admins.subList(1, admins.size())) {
            asAdministrator.call(() -> administration.disable(other.getId()));
        }
        StaffMember last = admins.get(0);

        assertThatThrownBy(() -> asAdministrator.call(() -> administration.disable(last.getId())))
                .isInstanceOf(StaffRefused.class).hasMessage("The last administrator cannot be disabled.");
        assertThatThrownBy(() -> asAdministrator.call(() -> administration.changeRoles(last.getId(), EnumSet.of(Role.MODERATOR))))
                .isInstanceOf(StaffRefused.class).hasMessage("The last administrator cannot lose the administrator role.");
        assertThatThrownBy(() -> asAdministrator.call(() -> { administration.removeInvitation(last.getId()); return null; }))
                .isInstanceOf(StaffRefused.class);

        StaffMember second = active("second.admin@beacon.test", "Second Admin", Role.ADMIN);
        asAdministrator.call(() -> administration.changeRoles(last.getId(), EnumSet.of(Role.ADMIN, Role.MODERATOR)));
        assertThat(asAdministrator.call(() -> administration.disable(second.getId())).getStatus()).isEqualTo(StaffStatus.DISABLED);
        for (StaffMember other : admins.subList(1, admins.size())) {
            asAdministrator.call(() -> administration.enable(other.getId()));
        }
    }

    @Test
    void aRemovedInvitationLeavesNoAccountAndItsLinkStopsWorking() throws Exception {
        StaffMember invited = invite("never@beacon.test", "Never Came", Role.MODERATOR);
        String token = linkIn(lastMailTo("never@beacon.test"));

        asAdministrator.call(() -> { administration.removeInvitation(invited.getId()); return null; });

        assertThat(asAdministrator.call(() -> administration.count("never@beacon.test"))).isZero();
        assertThatThrownBy(() -> onboarding.link(token)).isInstanceOf(TokenRefused.class);
    }

    @Test
    void aResetRequestMailsOnlyKnownActiveAccountsAndTheLinkLastsOneHour() throws Exception {
        active("forgetful@beacon.test", "For Getful", Role.MODERATOR);
        int before = outbox.sentTo("forgetful@beacon.test").size();

        onboarding.requestReset("nobody-here@beacon.test");
        onboarding.requestReset("forgetful@beacon.test");
        onboarding.requestReset("forgetful@beacon.test");

        assertThat(outbox.sentTo("nobody-here@beacon.test")).isEmpty();
        assertThat(outbox.sentTo("forgetful@beacon.test")).as("a second request at once sends nothing more").hasSize(before + 1);
        String token = linkIn(lastMailTo("forgetful@beacon.test"));
        assertThat(onboarding.link(token).invitation()).isFalse();

        clocks.advance(Duration.ofMinutes(61));
        assertThatThrownBy(() -> onboarding.choosePassword(token, "a different long password".toCharArray()))
                .isInstanceOf(TokenRefused.class).extracting(e -> ((TokenRefused) e).getWhy()).isEqualTo(TokenRefused.Why.EXPIRED);
        assertThat(credentials.verify("forgetful@beacon.test", GOOD_PASSWORD.toCharArray()).signedIn()).isPresent();
    }

    @Test
    void aFailedSignInToAnUnknownAddressIsAnAuditLineThatNamesNobody() throws Exception {
        assertThat(credentials.verify("who.is.this@beacon.test", GOOD_PASSWORD.toCharArray()).signedIn()).isEmpty();

        assertThat(asAdministrator.call(() -> auditLog.events(new AuditFilter(null, AuditAction.SIGN_IN_FAILED, null, null, null, null), 0, 1)))
                .singleElement().satisfies(line -> {
                    assertThat(line.getActor()).isEqualTo("anonymous");
                    assertThat(line.getStaffId()).isNull();
                    assertThat(line.getSummary()).doesNotContain("who.is.this").doesNotContain(GOOD_PASSWORD);
                });
    }

    @Test
    void anAdministratorWithoutTwoStepSignInIsToldToSetItUpAndAModeratorIsNot() throws Exception {
        // The test server keeps the default, PORTAL_REQUIRE_2FA=ADMIN.
        StaffMember administrator = active("needs-two-step@beacon.test", "Ada Admin", Role.ADMIN);
        StaffMember moderator = active("may-skip-two-step@beacon.test", "Mo Moderator", Role.MODERATOR);

        assertThat(credentials.verify(administrator.getEmail(), GOOD_PASSWORD.toCharArray()).signedIn())
                .hasValueSatisfying(signedIn -> assertThat(signedIn.mustSetUpSecondFactor()).isTrue());
        assertThat(credentials.verify(moderator.getEmail(), GOOD_PASSWORD.toCharArray()).signedIn())
                .hasValueSatisfying(signedIn -> assertThat(signedIn.mustSetUpSecondFactor()).isFalse());
    }

    @Test
    void singleSignOnLetsInOnlyAnEnabledMemberOfStaffWhoseAddressTheProviderVerifiedWithTheirBeaconRoles() throws Exception {
        // The test server keeps PORTAL_REQUIRE_2FA=ADMIN: the provider's own sign-in stands in for Beacon's second step.
        StaffMember member = active("through-sso@beacon.test", "Sol Sso", Role.ADMIN);
        StaffMember invited = invite("sso-invited@beacon.test", "Ivy Invited", Role.MODERATOR);
        StaffMember gone = active("sso-disabled@beacon.test", "Dee Disabled", Role.MODERATOR);
        asAdministrator.call(() -> administration.disable(gone.getId()));

        assertThat(credentials.verifyThroughIdentityProvider("THROUGH-SSO@beacon.test", true).signedIn())
                .hasValueSatisfying(signedIn -> {
                    assertThat(signedIn.email()).isEqualTo(member.getEmail());
                    assertThat(signedIn.roles()).containsExactly(Role.ADMIN);
                    assertThat(signedIn.mustSetUpSecondFactor()).isFalse();
                });
        assertThat(credentials.verifyThroughIdentityProvider(member.getEmail(), false)).as("address not verified")
                .isInstanceOf(SignInOutcome.Refused.class);
        assertThat(credentials.verifyThroughIdentityProvider("not-staff@beacon.test", true)).isInstanceOf(SignInOutcome.Refused.class);
        assertThat(credentials.verifyThroughIdentityProvider(invited.getEmail(), true)).isInstanceOf(SignInOutcome.Refused.class);
        assertThat(credentials.verifyThroughIdentityProvider(gone.getEmail(), true)).isInstanceOf(SignInOutcome.Refused.class);
        assertThat(credentials.verifyThroughIdentityProvider(null, true)).isInstanceOf(SignInOutcome.Refused.class);

        assertThat(asAdministrator.call(() -> auditLog.events(new AuditFilter(member.getId(), AuditAction.SIGN_IN_SUCCEEDED, null, null, null, null), 0, 5)))
                .extracting(AuditEvent::getSummary).contains("through-sso@beacon.test signed in through single sign-on");
        assertThat(asAdministrator.call(() -> auditLog.events(new AuditFilter(gone.getId(), AuditAction.SIGN_IN_REFUSED, null, null, null, null), 0, 5)))
                .extracting(AuditEvent::getSummary).contains("Single sign-on refused: sso-disabled@beacon.test is disabled");
    }

    @Test
    void twoSignInsOfOneAccountAtTheSameMomentBothSucceed() throws Exception {
        StaffMember member = active("two-tabs@beacon.test", "Two Tabs", Role.COMMUNICATIONS);
        Callable<SignInOutcome> signIn = () -> credentials.verify(member.getEmail(), GOOD_PASSWORD.toCharArray());

        List<Future<SignInOutcome>> both = executor.invokeAll(List.of(signIn, signIn));

        for (Future<SignInOutcome> outcome : both) {
            assertThat(outcome.get(30, TimeUnit.SECONDS).signedIn()).isPresent();
        }
    }

    @Test
    void thirtyWrongPasswordsInARowAreSlowedDownAlikeForAKnownAndAnUnknownAddressAndTheRightOneWorksOnceTheWaitIsOver()
            throws Exception {
        StaffMember member = active("guessed@beacon.test", "Guessed At", Role.MODERATOR);
        List<Class<?>> known = new ArrayList<>();
        List<Class<?>> unknown = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            known.add(credentials.verify(member.getEmail(), ("wrong guess " + i).toCharArray()).getClass());
            unknown.add(credentials.verify("nobody-" + member.getId() + "@beacon.test", ("wrong guess " + i).toCharArray()).getClass());
        }

        assertThat(known).as("what an attacker learns about a real account").isEqualTo(unknown);
        assertThat(known.subList(0, 6)).containsOnly(SignInOutcome.Refused.class);
        assertThat(known.subList(6, 30)).containsOnly(SignInOutcome.Wait.class);
        assertThat(credentials.verify(member.getEmail(), GOOD_PASSWORD.toCharArray())).as("the right password, too soon")
                .isInstanceOf(SignInOutcome.Wait.class);
        assertThat(asAdministrator.call(() -> auditLog.events(new AuditFilter(null, AuditAction.SIGN_IN_THROTTLED, null, null, null, null), 0, 5)))
                .isNotEmpty();

        clocks.advance(Duration.ofMinutes(61));

        assertThat(credentials.verify(member.getEmail(), GOOD_PASSWORD.toCharArray()).signedIn()).isPresent();
    }

    @Test
    void anAuditLineGoesOnlyOnceItIsOlderThanTheRetentionPeriodAndOnlyTheSystemErasesIt() throws Exception {
        credentials.verify("retention-" + UUID.randomUUID() + "@beacon.test", GOOD_PASSWORD.toCharArray());
        AuditFilter failures = new AuditFilter(null, AuditAction.SIGN_IN_FAILED, null, null, null, null);
        AuditEvent line = asAdministrator.call(() -> auditLog.events(failures, 0, 1)).get(0);
        Instant sevenYearsOn = ZonedDateTime.ofInstant(line.getOccurredAt(), PortalSettings.ORGANISATION_ZONE).plusYears(7).toInstant();

        assertThatThrownBy(() -> asAdministrator.call(() -> retention.eraseOlderThanRetentionAt(sevenYearsOn.plusSeconds(1))))
                .isInstanceOf(EJBAccessException.class);
        asSystem.call(() -> retention.eraseOlderThanRetentionAt(sevenYearsOn.minus(Duration.ofDays(1))));
        assertThat(asAdministrator.call(() -> auditLog.events(failures, 0, 50))).extracting(AuditEvent::getId).contains(line.getId());

        asSystem.call(() -> retention.eraseOlderThanRetentionAt(sevenYearsOn.plusSeconds(1)));
        assertThat(asAdministrator.call(() -> auditLog.events(failures, 0, 50))).extracting(AuditEvent::getId).doesNotContain(line.getId());
    }

    private StaffMember invite(String email, String name, Role role) throws Exception {
        return asAdministrator.call(() -> administration.invite(new Invitation(email, name, Set.of(role))));
    }

    private StaffMember active(String email, String name, Role role) throws Exception {
        StaffMember invited = invite(email, name, role);
        onboarding.choosePassword(linkIn(lastMailTo(email)), GOOD_PASSWORD.toCharArray());
        return asAdministrator.call(() -> administration.member(invited.getId()));
    }

    private OutboundMail lastMailTo(String email) {
        return outbox.sentTo(email).get(0);
    }

    private static String linkIn(OutboundMail mail) {
        Matcher m = LINK.matcher(mail.getBody());
        assertThat(m.find()).as("a link in: " + mail.getBody()).isTrue();
        return m.group(1);
    }
}
