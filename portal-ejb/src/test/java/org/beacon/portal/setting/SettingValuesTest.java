package org.beacon.portal.setting;

import static org.assertj.core.api.Assertions.assertThat;

import org.beacon.portal.platform.EditableSetting;
import org.junit.jupiter.api.Test;

class SettingValuesTest {

    @Test
    void aNumberOutsideItsBoundsOrNotAWholeNumberIsRefusedWithTheAllowedRange() {
        EditableSetting days = EditableSetting.REGISTRATION_RETENTION_DAYS;
        assertThat(SettingValues.problem(days, SettingValues.normalised(days, "-5"))).contains("Enter a whole number from 1 to 3,650.");
        assertThat(SettingValues.problem(days, "0")).contains("Enter a whole number from 1 to 3,650.");
        assertThat(SettingValues.problem(days, "3651")).contains("Enter a whole number from 1 to 3,650.");
        assertThat(SettingValues.problem(days, "ninety")).contains("Enter a whole number from 1 to 3,650.");
        assertThat(SettingValues.problem(days, "99999999999")).contains("Enter a whole number from 1 to 3,650.");
        assertThat(SettingValues.problem(EditableSetting.NEWSLETTER_RATE, "0")).isEmpty();
        assertThat(SettingValues.normalised(days, " 0090 ")).isEqualTo("90");
    }

    @Test
    void theQuickExitGoesOnlyToAWholeHttpsAddress() {
        EditableSetting exit = EditableSetting.QUICK_EXIT_URL;
        assertThat(SettingValues.problem(exit, "https://www.abc.net.au/news")).isEmpty();
        assertThat(SettingValues.problem(exit, "http://www.abc.net.au/")).hasValueSatisfying(m -> assertThat(m).contains("https://"));
        assertThat(SettingValues.problem(exit, "javascript:alert(1)")).hasValueSatisfying(m -> assertThat(m).contains("https://"));
        assertThat(SettingValues.problem(exit, "www.abc.net.au")).contains("That is not a whole web address; enter one like https://www.example.org/.");
        assertThat(SettingValues.problem(exit, "https://exa mple.org/")).contains("That is not a whole web address; enter one like https://www.example.org/.");
        assertThat(SettingValues.problem(exit, "https:///path")).contains("That is not a whole web address; enter one like https://www.example.org/.");
        assertThat(SettingValues.problem(exit, "https://a.org/\r\nSet-Cookie: x")).hasValueSatisfying(m -> assertThat(m).contains("one line"));
        assertThat(SettingValues.problem(exit, "https://user:pw@a.org/")).hasValueSatisfying(m -> assertThat(m).contains("user name"));
    }

    @Test
    void onlyThePostalAddressMayRunOverSeveralLines() {
        assertThat(SettingValues.problem(EditableSetting.ORGANISATION_NAME, "Beacon\nFoundation"))
                .contains("Keep this on one line: it cannot contain line breaks.");
        assertThat(SettingValues.problem(EditableSetting.ORGANISATION_NAME, "Beacon\u2028Foundation"))
                .contains("Keep this on one line: it cannot contain line breaks.");
        assertThat(SettingValues.problem(EditableSetting.ORGANISATION_NAME, "Beacon\tFoundation"))
                .contains("Remove the control characters (such as tabs) from this.");
        String address = SettingValues.normalised(EditableSetting.POSTAL_ADDRESS, "PO Box 1\r\nSydney NSW 2000\r\n");
        assertThat(address).isEqualTo("PO Box 1\nSydney NSW 2000");
        assertThat(SettingValues.problem(EditableSetting.POSTAL_ADDRESS, address)).isEmpty();
        assertThat(SettingValues.problem(EditableSetting.POSTAL_ADDRESS, "PO Box 1\u0000")).hasValueSatisfying(m -> assertThat(m).contains("no other control"));
        assertThat(SettingValues.problem(EditableSetting.POSTAL_ADDRESS, "")).isEmpty();
    }

    @Test
    void overLongTextAndBadAddressesAreRefused() {
        assertThat(SettingValues.problem(EditableSetting.ORGANISATION_NAME, "B".repeat(121)))
                .contains("At most 120 characters, please; this has 121.");
        assertThat(SettingValues.problem(EditableSetting.ORGANISATION_NAME, "")).hasValueSatisfying(m -> assertThat(m).startsWith("Enter a value"));
        assertThat(SettingValues.problem(EditableSetting.INQUIRY_TO, "not an address")).isPresent();
        assertThat(SettingValues.problem(EditableSetting.INQUIRY_TO, "fund@beacon.example.org\nBcc: x@y.org"))
                .contains("An email address cannot contain spaces or line breaks.");
        assertThat(SettingValues.problem(EditableSetting.INQUIRY_TO, "fund@beacon.example.org")).isEmpty();
    }
}
