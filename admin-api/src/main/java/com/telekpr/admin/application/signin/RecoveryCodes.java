package com.telekpr.admin.application.signin;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Ten single-use codes of ten characters (xxxxx-xxxxx, no look-alike letters) for when the phone is lost. */
public final class RecoveryCodes {
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int COUNT = 10;

    private RecoveryCodes() {
    }

    public static List<String> fresh() {
        var codes = new ArrayList<String>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            var code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.insert(5, '-').toString());
        }
        return codes;
    }

    /** As typed: any case, with or without the dash and spaces. */
    public static String normalized(String code) {
        String bare = code.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return bare.length() == 10 ? bare.substring(0, 5) + "-" + bare.substring(5) : bare;
    }
}
