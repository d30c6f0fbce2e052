package org.beacon.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class SecondFactorTest {

    private static final byte[] KEY = "a token key of at least thirty-two characters".getBytes(StandardCharsets.UTF_8);
    /** RFC 6238's test secret ("12345678901234567890") in Base32, with its SHA-1 vector at 59 s: 94287082, so 287082. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void theCodesAreRfc6238s() {
        assertThat(SecondFactor.code(RFC_SECRET, SecondFactor.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(SecondFactor.code(RFC_SECRET, SecondFactor.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
    }

    @Test
    void aCodeIsTakenOneStepEitherSideButNeverForAStepAlreadyUsed() {
        Instant now = Instant.ofEpochSecond(1111111109);
        long step = SecondFactor.step(now);
        String previous = SecondFactor.code(RFC_SECRET, step - 1);
        String next = SecondFactor.code(RFC_SECRET, step + 1);
        String tooLate = SecondFactor.code(RFC_SECRET, step - 2);

        assertThat(SecondFactor.matchingStep(RFC_SECRET, previous, now, null)).isEqualTo(OptionalLong.of(step - 1));
        assertThat(SecondFactor.matchingStep(RFC_SECRET, next, now, null)).isEqualTo(OptionalLong.of(step + 1));
        assertThat(SecondFactor.matchingStep(RFC_SECRET, tooLate, now, null)).isEmpty();
        assertThat(SecondFactor.matchingStep(RFC_SECRET, previous, now, step - 1)).as("replayed").isEmpty();
        assertThat(SecondFactor.matchingStep(RFC_SECRET, next, now, step)).isEqualTo(OptionalLong.of(step + 1));
    }

    @Test
    void malformedCodesMatchNothing() {
        Instant now = Instant.ofEpochSecond(59);
        for (String typed : new String[] {null, "", "28708", "2870823", "28708a", "２８７０８２", "287082\n"}) {
            assertThat(SecondFactor.matchingStep(RFC_SECRET, typed, now, null)).as(String.valueOf(typed)).isEmpty();
        }
        assertThat(SecondFactor.matchingStep(RFC_SECRET, SecondFactor.normalise(" 287 082 "), now, null)).isPresent();
    }

    @Test
    void theSecretIsSealedSoTheDatabaseAloneCannotMakeCodes() {
        String secret = SecondFactor.newSecret();
        String sealed = SecondFactor.seal(secret, KEY);

        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(sealed).doesNotContain(secret);
        assertThat(SecondFactor.seal(secret, KEY)).as("a fresh IV each time").isNotEqualTo(sealed);
        assertThat(SecondFactor.open(sealed, KEY)).isEqualTo(secret);
        assertThatThrownBy(() -> SecondFactor.open(sealed, "another key entirely, also long enough".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void recoveryCodesAreTenDistinctAndKeptAsKeyedHashesThatIgnoreHowTheyAreTyped() {
        List<String> codes = SecondFactor.newRecoveryCodes();

        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-7]{5}-[a-z2-7]{5}"));
        String code = codes.get(0);
        assertThat(SecondFactor.recoveryCodeHash(code.toUpperCase().replace("-", " "), KEY)).isEqualTo(SecondFactor.recoveryCodeHash(code, KEY));
        assertThat(SecondFactor.recoveryCodeHash(code, KEY)).doesNotContain(code.replace("-", ""))
                .isNotEqualTo(SecondFactor.recoveryCodeHash(code, "another key entirely, also long enough".getBytes(StandardCharsets.UTF_8)));
        assertThat(SecondFactor.looksLikeRecoveryCode(SecondFactor.normalise(code))).isTrue();
    }

    @Test
    void theQrCodeTextIsAnOtpauthUriForTheAccount() {
        assertThat(SecondFactor.otpauthUri("Beacon", "tess@beacon.test", RFC_SECRET))
                .startsWith("otpauth://totp/").contains("secret=" + RFC_SECRET, "issuer=Beacon", "digits=6", "period=30", "tess%40beacon.test");
    }
}
