package org.beacon.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final String EMAIL = "sam.jones@beacon.test";

    @Test
    void aFewUnrelatedWordsAreAcceptedWithoutAnyCompositionRule() {
        assertThat(PasswordPolicy.problem("lantern harbour plum seventy".toCharArray(), EMAIL, "Sam Jones")).isEmpty();
        assertThat(PasswordPolicy.problem("correct horse battery staple".toCharArray(), EMAIL, "Sam Jones")).isEmpty();
    }

    @Test
    void fewerThanTwelveCharactersAreRefusedWhateverTheyAre() {
        assertThat(PasswordPolicy.problem("Xq7#pL2!vR9".toCharArray(), EMAIL, "Sam Jones")).hasValueSatisfying(
                message -> assertThat(message).contains("at least 12 characters"));
    }

    @Test
    void thePersonsOwnAddressIsRefused() {
        assertThat(PasswordPolicy.problem("Sam.Jones@beacon.test".toCharArray(), EMAIL, "Sam Jones")).hasValue(
                "Your password cannot be your email address.");
    }

    @Test
    void commonAndGuessablePasswordsAreRefusedEvenWhenLongEnough() {
        for (String common : new String[] {"password1234", "qwertyuiop123", "123456789012", "iloveyou2024!", "samjones1234", "letmein12345", "Password2024!"}) {
            assertThat(PasswordPolicy.problem(common.toCharArray(), EMAIL, "Sam Jones")).as(common).hasValueSatisfying(
                    message -> assertThat(message).contains("too common or too easy to guess"));
        }
    }

    @Test
    void aVeryLongPasswordIsRefusedPastTheLimit() {
        assertThat(PasswordPolicy.problem("word ".repeat(30).toCharArray(), EMAIL, "Sam Jones")).hasValueSatisfying(
                message -> assertThat(message).contains("at most 128"));
    }
}
