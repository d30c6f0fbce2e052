package org.beacon.portal.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import org.beacon.portal.platform.TokenKey;

/**
 * The second step of a staff sign-in: a time-based one-time code (RFC 6238: SHA-1, 6 digits, 30 seconds, one step of
 * drift either way) from an authenticator app, or one of ten single-use recovery codes. The codes themselves are the
 * totp library's; what is ours is which time step a code may still be (never one used before, so a code overheard
 * works at most once), and how the secret and the recovery codes are kept: the secret encrypted (AES-GCM) and the
 * recovery codes as keyed hashes, both under keys derived from the portal's token key, so a copy of the database
 * alone gives neither.
 */
final class SecondFactor {

    static final int DIGITS = 6;
    static final int PERIOD_SECONDS = 30;
    static final int RECOVERY_CODES = 10;
    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");
    private static final Pattern RECOVERY_CODE = Pattern.compile("[a-z2-7]{10}");
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final CodeGenerator CODES = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    private SecondFactor() {
    }

    /** A fresh secret: 160 random bits in Base32, as authenticator apps take it. */
    static String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** What the QR code holds, for the app to add the account. */
    static String otpauthUri(String issuer, String account, String secret) {
        return new QrData.Builder().label(account).secret(secret).issuer(issuer).algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS).period(PERIOD_SECONDS).build().getUri();
    }

    static long step(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The time step this code belongs to, if it is this step's, the one before or the one after, and none used yet. */
    static OptionalLong matchingStep(String secret, String code, Instant now, Long lastUsedStep) {
        if (code == null || !SIX_DIGITS.matcher(code).matches()) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (lastUsedStep != null && step <= lastUsedStep) {
                continue;
            }
            if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    static String code(String secret, long step) {
        try {
            return CODES.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("A stored second-factor secret cannot make codes", e);
        }
    }

    /** What a person typed, as a code: spaces and hyphens dropped, lower case. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    static boolean looksLikeAppCode(String normalised) {
        return SIX_DIGITS.matcher(normalised).matches();
    }

    static boolean looksLikeRecoveryCode(String normalised) {
        return RECOVERY_CODE.matcher(normalised).matches();
    }

    /** Ten codes of ten Base32 letters (50 random bits each), shown as two groups of five. */
    static List<String> newRecoveryCodes() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int j = 0; j < 10; j++) {
                code.append(BASE32[RANDOM.nextInt(BASE32.length)]);
                if (j == 4) {
                    code.append('-');
                }
            }
            codes.add(code.toString());
        }
        return codes;
    }

    static String recoveryCodeHash(String code, byte[] tokenKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(TokenKey.derived(tokenKey, "staff recovery codes"), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(normalise(code).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String seal(String secret, byte[] tokenKey) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(TokenKey.derived(tokenKey, "staff second-factor secrets"), "AES"),
                    new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            byte[] stored = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, stored, 0, iv.length);
            System.arraycopy(sealed, 0, stored, iv.length, sealed.length);
            return Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String open(String stored, byte[] tokenKey) {
        try {
            byte[] bytes = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(TokenKey.derived(tokenKey, "staff second-factor secrets"), "AES"),
                    new GCMParameterSpec(128, bytes, 0, 12));
            return new String(cipher.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A second-factor secret could not be opened: was PORTAL_TOKEN_KEY changed?", e);
        }
    }
}
