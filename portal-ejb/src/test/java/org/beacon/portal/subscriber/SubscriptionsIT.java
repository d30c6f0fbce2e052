package org.beacon.portal.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.beacon.portal.mail.MailOutbox;
import org.beacon.portal.mail.OutboundMail;
import org.beacon.portal.platform.Clocks;
import org.beacon.portal.platform.TokenKey;
import org.beacon.portal.testing.AsAdministrator;
import org.beacon.portal.testing.AsSystem;
import org.beacon.portal.testing.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.beacon.portal.platform.TokenRefused;

@ExtendWith(ArquillianExtension.class)
class SubscriptionsIT {

    private static final Pattern CONFIRM_LINK = Pattern.compile("/subscribe/confirm\\?t=(\\S+)");
    private static final Pattern DATA_LINK = Pattern.compile("/subscribe/preferences\\?t=(\\S+)");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.create("subscriptions-it");
    }

    @EJB
    Subscriptions subscriptions;

    @Inject
    MailOutbox outbox;

    @Inject
    TokenKey tokenKey;

    @EJB
    SubscriberHousekeeping housekeeping;

    @EJB
    AsSystem asSystem;

    @EJB
    SubscriberAdmin admin;

    @EJB
    AsAdministrator asAdministrator;

    @Inject
    Clocks clocks;

    @Inject
    java.time.Clock clock;

    static String uniqueEmail() {
        return "Reader-" + UUID.randomUUID().toString().substring(0, 8) + "@Example.org";
    }

    private static SignUpForm form(String email, Long... lists) {
        SignUpForm form = new SignUpForm();
        form.setEmail(email);
        form.setFirstName("Alex");
        form.setLists(Set.of(lists));
        return form;
    }

    /** Signs up and returns the token from the confirmation mail, as the owner of the address would find it. */
    private String signUpAndReadMail(String email, Long... lists) {
        subscriptions.signUp(form(email, lists), "subscribe page");
        List<OutboundMail> mail = outbox.sentTo(email.toLowerCase());
        assertThat(mail).isNotEmpty();
        Matcher link = CONFIRM_LINK.matcher(mail.get(0).getBody());
        assertThat(link.find()).as("a confirmation link in: " + mail.get(0).getBody()).isTrue();
        return link.group(1);
    }

    @Test
    void aConfirmedSignUpActivatesTheListsWithConsentEvidenceAndTheLinkWorksOnce() {
        String email = uniqueEmail();
        String token = signUpAndReadMail(email, 1L, 3L);

        String manage = subscriptions.confirm(token);

        Preferences preferences = subscriptions.preferences(manage);
        assertThat(preferences.email()).isEqualTo(email.toLowerCase());
        assertThat(preferences.status()).isEqualTo(SubscriberStatus.CONFIRMED);
        assertThat(preferences.lists()).filteredOn(ListChoice::subscribed).extracting(ListChoice::name)
                .containsExactly("Newsletter", "Media releases");
        assertThatThrownBy(() -> subscriptions.confirm(token))
                .isInstanceOfSatisfying(TokenRefused.class, e -> assertThat(e.getWhy()).isEqualTo(TokenRefused.Why.USED));
    }

    @Test
    void aTamperedOrExpiredOrWrongPurposeLinkIsRefusedAndChangesNothing() {
        String email = uniqueEmail();
        String token = signUpAndReadMail(email, 2L);
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        assertThatThrownBy(() -> subscriptions.confirm(tampered))
                .isInstanceOfSatisfying(TokenRefused.class, e -> assertThat(e.getWhy()).isEqualTo(TokenRefused.Why.INVALID));
        assertThatThrownBy(() -> subscriptions.preferences(token))
                .isInstanceOfSatisfying(TokenRefused.class, e -> assertThat(e.getWhy()).isEqualTo(TokenRefused.Why.INVALID));

        SubscriberToken read = SubscriberToken.read(token, tokenKey.bytes(), clock.instant()).token().orElseThrow();
        String expired = new SubscriberToken(read.subscriberId(), read.purpose(), clock.instant().minusSeconds(1), read.nonce())
                .sign(tokenKey.bytes());
        assertThatThrownBy(() -> subscriptions.confirm(expired))
                .isInstanceOfSatisfying(TokenRefused.class, e -> assertThat(e.getWhy()).isEqualTo(TokenRefused.Why.EXPIRED));

        String manage = new SubscriberToken(read.subscriberId(), SubscriberToken.Purpose.MANAGE, clock.instant().plusSeconds(60), null)
                .sign(tokenKey.bytes());
        assertThat(subscriptions.preferences(manage).status()).isEqualTo(SubscriberStatus.UNCONFIRMED);
    }

    @Test
    void aFirstNameWithAHiddenLineBreakIsRefusedAndNothingIsStoredOrSent() {
        String email = uniqueEmail();
        SignUpForm form = form(email, 1L);
        form.setFirstName("Alex\u0085Bcc: someone@example.org");

        assertThatThrownBy(() -> subscriptions.signUp(form, "subscribe page")).satisfies(e -> {
            Throwable cause = e;
            while (cause != null && !(cause instanceof ConstraintViolationException)) {
                cause = cause.getCause();
            }
            assertThat(cause).isInstanceOfSatisfying(ConstraintViolationException.class, violations -> assertThat(violations.getConstraintViolations())
                    .extracting(ConstraintViolation::getMessage).containsExactly("Your first name cannot contain line breaks or angle brackets."));
        });
        assertThat(outbox.sentTo(email.toLowerCase())).isEmpty();
        subscriptions.signUp(form(email, 1L), "subscribe page");
        assertThat(outbox.sentTo(email.toLowerCase())).singleElement().satisfies(mail -> assertThat(mail.getBody()).doesNotContain("Bcc"));
    }

    @Test
    void signingUpAgainAnswersTheSameAndDoesNotFloodTheInbox() {
        String email = uniqueEmail();
        subscriptions.signUp(form(email, 1L), "subscribe page");
        subscriptions.signUp(form(email, 1L), "home page");
        subscriptions.signUp(form(email.toUpperCase(), 1L, 2L), "footer");

        assertThat(outbox.sentTo(email.toLowerCase())).hasSize(1);
    }

    @Test
    void leavingSuppressesTheAddressAndErasureKeepsOnlyItsHash() throws Exception {
        String email = uniqueEmail();
        String manage = subscriptions.confirm(signUpAndReadMail(email, 1L, 2L));

        Preferences changed = subscriptions.savePreferences(manage, "Alexandra", List.of(2L));
        assertThat(changed.firstName()).isEqualTo("Alexandra");
        assertThat(changed.lists()).filteredOn(ListChoice::subscribed).extracting(ListChoice::id).containsExactly(2L);

        subscriptions.unsubscribe(manage, "one-click", null);
        assertThat(subscriptions.preferences(manage).status()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
        assertThat(subscriptions.preferences(manage).lists()).noneMatch(ListChoice::subscribed);
        assertThat(asAdministrator.call(() -> admin.isSuppressed(email))).isTrue();

        String data = dataLinkAfterAsking(email, manage);
        assertThat(subscriptions.preferences(data).dataAccess()).isTrue();
        assertThat(subscriptions.sendExport(data)).isEqualTo(Subscriptions.DataRequest.DONE);
        assertThat(outbox.sentTo(email.toLowerCase()).get(0).getBody()).contains(email.toLowerCase(), "Alexandra", "UNSUBSCRIBED", "one-click");

        assertThat(subscriptions.erase(data)).isEqualTo(Subscriptions.DataRequest.DONE);
        assertThatThrownBy(() -> subscriptions.preferences(manage)).isInstanceOf(TokenRefused.class);
        assertThat(asAdministrator.call(() -> admin.isSuppressed(email))).isTrue();
    }

    @Test
    void aPreferencesLinkCannotExportOrEraseButMailsTheAddressAFreshLinkOnceInTenMinutes() {
        String email = uniqueEmail();
        String manage = subscriptions.confirm(signUpAndReadMail(email, 1L));
        int before = outbox.sentTo(email.toLowerCase()).size();

        assertThat(subscriptions.erase(manage)).isEqualTo(Subscriptions.DataRequest.LINK_SENT);
        assertThat(subscriptions.sendExport(manage)).isEqualTo(Subscriptions.DataRequest.LINK_SENT);
        assertThat(subscriptions.erase(manage)).isEqualTo(Subscriptions.DataRequest.LINK_SENT);

        assertThat(subscriptions.preferences(manage).status()).as("nothing erased").isEqualTo(SubscriberStatus.CONFIRMED);
        assertThat(subscriptions.preferences(manage).dataAccess()).isFalse();
        assertThat(outbox.sentTo(email.toLowerCase())).as("one mail with the link, not three").hasSize(before + 1);
        assertThat(outbox.sentTo(email.toLowerCase()).get(0).getBody()).contains("works for 24 hours").doesNotContain("First name:");
    }

    @Test
    void aPreferencesLinkLastsSixtyDaysAnUnsubscribeLinkFourHundredAndADataLinkADay() {
        String email = uniqueEmail();
        String manage = subscriptions.confirm(signUpAndReadMail(email, 1L));
        String data = dataLinkAfterAsking(email, manage);
        long id = SubscriberToken.read(manage, tokenKey.bytes(), clock.instant()).token().orElseThrow().subscriberId();
        String leave = new SubscriberLinks(java.net.URI.create("http://localhost"), tokenKey.bytes(), clock.instant()).unsubscribeToken(id);

        clocks.advance(Duration.ofHours(25));
        assertThatThrownBy(() -> subscriptions.erase(data)).isInstanceOf(TokenRefused.class);
        assertThatThrownBy(() -> subscriptions.preferences(leave)).as("an unsubscribe link opens no preferences").isInstanceOf(TokenRefused.class);
        clocks.advance(Duration.ofDays(60));
        assertThatThrownBy(() -> subscriptions.preferences(manage)).isInstanceOf(TokenRefused.class)
                .extracting(e -> ((TokenRefused) e).getWhy()).isEqualTo(TokenRefused.Why.EXPIRED);

        subscriptions.unsubscribe(leave, "one-click", null);
        assertThat(subscriptions.preferences(new SubscriberLinks(java.net.URI.create("http://localhost"), tokenKey.bytes(), clock.instant()).token(id)).status())
                .isEqualTo(SubscriberStatus.UNSUBSCRIBED);
    }

    /** Asks with a preferences link, and reads the fresh link out of the mail that sends. */
    private String dataLinkAfterAsking(String email, String manage) {
        assertThat(subscriptions.sendExport(manage)).isEqualTo(Subscriptions.DataRequest.LINK_SENT);
        Matcher link = DATA_LINK.matcher(outbox.sentTo(email.toLowerCase()).get(0).getBody());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    @Test
    void unconfirmedSignUpsAreErasedAfterAWeek() throws Exception {
        String email = uniqueEmail();
        String token = signUpAndReadMail(email, 1L);
        SubscriberToken read = SubscriberToken.read(token, tokenKey.bytes(), clock.instant()).token().orElseThrow();
        String manage = new SubscriberToken(read.subscriberId(), SubscriberToken.Purpose.MANAGE, clock.instant().plus(Duration.ofDays(30)), null)
                .sign(tokenKey.bytes());

        asSystem.call(() -> housekeeping.eraseUnconfirmedAt(clock.instant().plus(Duration.ofDays(6))));
        assertThat(subscriptions.preferences(manage).status()).isEqualTo(SubscriberStatus.UNCONFIRMED);
        asSystem.call(() -> housekeeping.eraseUnconfirmedAt(clock.instant().plus(Duration.ofDays(8))));
        assertThatThrownBy(() -> subscriptions.preferences(manage)).isInstanceOf(TokenRefused.class);
        assertThat(asAdministrator.call(() -> admin.isSuppressed(email))).isFalse();
    }
}
