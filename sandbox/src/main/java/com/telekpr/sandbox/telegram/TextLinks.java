package com.telekpr.sandbox.telegram;

import java.util.Locale;

/**
 * The URL of a text_link as Telegram keeps it (TDLib's get_checked_link): http(s) links get their scheme (http when
 * none is given), a lower-case host and at least the path "/" ({@code https://example.org} answers
 * {@code https://example.org/}); tg:// links keep their query. A link Telegram would refuse answers "", and the
 * entity is dropped, as at Telegram.
 */
final class TextLinks {
    private TextLinks() {
    }

    static String checked(String link) {
        String rest = link;
        boolean tg = lower(rest).startsWith("tg:");
        if (tg) {
            rest = rest.substring(3);
            if (rest.startsWith("//")) {
                rest = rest.substring(2);
            }
        }
        int stop = indexOfAny(rest, ":/?#@[]", 0);
        String scheme = "http";
        int at = 0;
        if (rest.startsWith("://", stop)) {
            scheme = lower(rest.substring(0, stop));
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "";
            }
            at = stop + 3;
        }
        int authorityEnd = indexOfAny(rest, "/?#", at);
        String authority = rest.substring(at, authorityEnd);
        int colon = authority.length() - 1;
        while (colon > 0 && authority.charAt(colon) != ':' && authority.charAt(colon) != ']'
                && authority.charAt(colon) != '@') {
            colon--;
        }
        int port = 0;
        String userHost = authority;
        if (colon > 0 && authority.charAt(colon) == ':') {
            String digits = authority.substring(colon + 1).replaceFirst("^0+(?=.)", "");
            try {
                port = digits.length() > 5 ? -1 : Integer.parseInt(digits);
            } catch (NumberFormatException notAPort) {
                port = -1;
            }
            if (port <= 0 || port > 65535) {
                return "";
            }
            userHost = authority.substring(0, colon);
        }
        int atSign = userHost.lastIndexOf('@');
        String userinfo = atSign < 0 ? "" : userHost.substring(0, atSign);
        String host = lower(userHost.substring(atSign + 1));
        if (host.isEmpty() || host.equals(".") || !allowed(host, false) || !allowed(userinfo, true)) {
            return "";
        }
        String query = path(rest.substring(authorityEnd));
        if (tg) {
            if (lower(rest).startsWith("http://") || scheme.equals("https") || !userinfo.isEmpty() || port != 0
                    || !host.chars().allMatch(c -> isAlnum(c) || c == '-' || c == '_')) {
                return "";
            }
            return "tg://" + host + (query.length() > 1 && query.charAt(1) == '?' ? query.substring(1) : query);
        }
        if (host.indexOf('.') < 0) {
            return "";
        }
        return scheme + "://" + (userinfo.isEmpty() ? "" : userinfo + "@") + host + (port > 0 ? ":" + port : "") + query;
    }

    /** The path and query, "/" at least, trailing spaces cut and control characters percent-encoded. */
    private static String path(String raw) {
        String query = raw.replaceFirst("[ \\t\\r\\n\\x0B\\x00]+$", "");
        if (query.isEmpty()) {
            return "/";
        }
        StringBuilder path = new StringBuilder(query.charAt(0) == '/' ? "" : "/");
        for (char c : query.toCharArray()) {
            if (c <= 0x20) {
                path.append('%').append("0123456789ABCDEF".charAt(c / 16)).append("0123456789ABCDEF".charAt(c % 16));
            } else {
                path.append(c);
            }
        }
        return path.toString();
    }

    /** The characters RFC 3986 allows in a host (or userinfo, with ':'), percent escapes and any non-ASCII. */
    private static boolean allowed(String part, boolean allowColon) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (isAlnum(c) || ".-_!$,~*'();&+=".indexOf(c) >= 0 || (allowColon && c == ':') || c >= 128) {
                continue;
            }
            if (c == '%' && i + 2 < part.length() && isHex(part.charAt(i + 1)) && isHex(part.charAt(i + 2))) {
                i += 2;
                continue;
            }
            return false;
        }
        return true;
    }

    private static int indexOfAny(String text, String chars, int from) {
        for (int i = from; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static boolean isAlnum(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
