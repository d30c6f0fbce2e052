package org.beacon.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    private final String stored = PasswordHashing.hash("correct horse battery staple".toCharArray());

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        assertThat(PasswordHashing.verify("correct horse battery staple".toCharArray(), stored)).isTrue();
        assertThat(PasswordHashing.verify("correct horse battery stapler".toCharArray(), stored)).isFalse();
        assertThat(PasswordHashing.verify("".toCharArray(), stored)).isFalse();
    }

    @Test
    void theHashIsPbkdf2Sha256AtSixHundredThousandIterationsWithARandomSalt() {
        assertThat(stored).startsWith("pbkdf2-sha256$600000$");
        assertThat(PasswordHashing.ITERATIONS).isGreaterThanOrEqualTo(600_000);
        assertThat(PasswordHashing.hash("correct horse battery staple".toCharArray())).isNotEqualTo(stored);
        assertThat(stored).doesNotContain("correct horse");
    }

    @Test
    void aHashAtALowerCostStillVerifiesButAsksToBeReplaced() throws Exception {
        String[] parts = stored.split("\\$");
        String cheaper = String.join("$", parts[0], "1000", parts[2], parts[3]);
        assertThat(PasswordHashing.needsRehash(cheaper)).isTrue();
        assertThat(PasswordHashing.needsRehash(stored)).isFalse();
    }

    @Test
    void malformedStoredValuesNeverVerify() {
        for (String bad : Arrays.asList(null, "", "plain", "md5$1$a$b", "pbkdf2-sha256$x$y$z", "pbkdf2-sha256$1000$!!$!!")) {
            assertThat(PasswordHashing.verify("anything".toCharArray(), bad)).as(String.valueOf(bad)).isFalse();
        }
    }
}
