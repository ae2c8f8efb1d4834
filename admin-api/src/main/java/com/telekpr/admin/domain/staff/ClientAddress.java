package com.telekpr.admin.domain.staff;

import java.util.Set;

/**
 * The address a request comes from, for throttling and the audit log. {@code X-Forwarded-For} is believed only when
 * the connection comes from a trusted proxy, and then read from the right: the first hop that is not itself a trusted
 * proxy is the client (anything left of it could have been written by the client).
 */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static String of(String peer, String forwardedFor, Set<String> trustedProxies) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!plausible(hop)) {
                return client;
            }
            client = hop;
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return client;
    }

    /** An IPv4 or IPv6 literal's characters, of a sane length: a header is text anyone may write. */
    private static boolean plausible(String hop) {
        return !hop.isEmpty() && hop.length() <= 45 && hop.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':');
    }
}
