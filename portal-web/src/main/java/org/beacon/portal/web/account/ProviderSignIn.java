package org.beacon.portal.web.account;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;

import org.beacon.portal.account.Role;
import org.beacon.portal.account.SignInOutcome;
import org.beacon.portal.account.StaffCredentials;

/**
 * Who a sign-in through the identity provider lets in, once Jakarta Security has checked the provider's signed ID
 * token: the address the provider says it verified (the {@code email} claim with {@code email_verified}, or Entra ID's
 * {@code xms_edov}, from the ID token or else the user info), matched to a member of staff by the account service.
 */
@ApplicationScoped
class ProviderSignIn {

    @EJB
    private StaffCredentials credentials;

    @Inject
    private OpenIdContext provider;

    @Inject
    private SignInAttempt attempt;

    Optional<CredentialValidationResult> admit(HttpServletRequest request) {
        JsonObject idToken = claimsOf(provider.getIdentityToken().getToken());
        JsonObject claims = idToken.containsKey("email") ? idToken : provider.getClaimsJson();
        String email = claims == null ? null : claims.getString("email", null);
        boolean verified = claims != null && (isTrue(claims.get("email_verified")) || isTrue(claims.get("xms_edov")));
        SignInOutcome outcome = credentials.verifyThroughIdentityProvider(email, verified);
        attempt.setOutcome(outcome);
        return outcome.signedIn().map(staff -> {
            // As with a password: an id planted before sign-in is worth nothing after it.
            request.changeSessionId();
            attempt.beginSession(request.getSession());
            return new CredentialValidationResult(staff.email(), Role.names(staff.roles()));
        });
    }

    /** The claims of a JWT whose signature Jakarta Security has already checked. */
    private static JsonObject claimsOf(String jwt) {
        String[] parts = jwt.split("\\.");
        try (JsonReader reader = Json.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    /** Some providers send the flag as a JSON string. */
    private static boolean isTrue(JsonValue value) {
        return value != null && (value == JsonValue.TRUE || value.toString().equals("\"true\""));
    }
}
