package org.beacon.portal.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class BounceAddressTest {

    private static final byte[] KEY = "a token key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII);

    private final BounceAddress addresses = new BounceAddress("bounce@beacon.test", KEY);

    @Test
    void eachDeliveryHasItsOwnSignedAddressWhichNamesItBack() {
        String address = addresses.forDelivery(42);
        assertThat(address).matches("bounce\\+42\\.[0-9a-f]{16}@beacon\\.test").isNotEqualTo(addresses.forDelivery(43));
        assertThat(addresses.find("To: <" + address + ">").delivery()).isEqualTo(42L);
        // Some mail systems lower- or upper-case the local part on the way back.
        assertThat(addresses.find("To: " + address.toUpperCase()).delivery()).isEqualTo(42L);
        assertThat(addresses.delivery(addresses.tag(42))).contains(42L);
    }

    @Test
    void anAddressWithAnotherSignatureOrKeyNamesNothingButIsSeen() {
        String forged = addresses.forDelivery(42).replaceFirst("\\.[0-9a-f]{16}@", ".0123456789abcdef@");
        assertThat(addresses.find(forged)).isEqualTo(new BounceAddress.Found(null, true));
        String otherKey = new BounceAddress("bounce@beacon.test", "another key, also of 32 bytes!!!".getBytes(StandardCharsets.US_ASCII)).forDelivery(42);
        assertThat(addresses.find(otherKey).delivery()).isNull();
        assertThat(addresses.find("To: someone@example.org").seen()).isFalse();
        assertThat(addresses.delivery("42.0123456789abcdef")).isEmpty();
        assertThat(addresses.delivery("not a tag")).isEmpty();
    }

    @Test
    void withoutABounceAddressCopiesKeepTheSenderAndOnlyTagsAreMade() {
        BounceAddress tagsOnly = new BounceAddress(null, KEY);
        assertThat(tagsOnly.forDelivery(7)).isNull();
        assertThat(addresses.delivery(tagsOnly.tag(7))).contains(7L);
    }
}
