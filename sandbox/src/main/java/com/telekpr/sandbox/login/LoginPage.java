package com.telekpr.sandbox.login;

import com.telekpr.sandbox.telegram.FakeUser;
import java.util.List;
import java.util.Map;

/** The authorize page as a person sees it: which app asks, and one button per pretend Telegram user. */
final class LoginPage {
    private static final List<String> CARRIED = List.of("response_type", "client_id", "redirect_uri", "scope", "state",
            "nonce", "code_challenge", "code_challenge_method");

    private LoginPage() {
    }

    static String of(Map<String, String> params, List<FakeUser> people) {
        var page = new StringBuilder(head("Log in with Telegram"))
                .append("<main><h1>Log in with Telegram</h1><p><b>").append(escape(host(params.get("redirect_uri"))))
                .append("</b> (bot ").append(escape(params.get("client_id")))
                .append(") asks to know who you are: your name, username and photo.</p>")
                .append("<p class=\"none\">TeleKpr's sandbox: pick who you are.</p><form method=\"post\">");
        for (String name : CARRIED) {
            if (params.get(name) != null) {
                page.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                        .append(escape(params.get(name))).append("\">");
            }
        }
        if (people.isEmpty()) {
            page.append("<p class=\"none\">Nobody has talked to the sandbox's Telegram yet.</p>");
        }
        for (FakeUser person : people) {
            page.append("<button name=\"user\" value=\"").append(person.id()).append("\">Log in as <b>")
                    .append(escape(person.firstName() + (person.lastName() == null ? "" : " " + person.lastName())))
                    .append("</b>").append(person.username() == null ? "" : " @" + escape(person.username()))
                    .append("</button>");
        }
        return page.append("<button class=\"cancel\" name=\"user\" value=\"\">Cancel</button></form></main></body></html>")
                .toString();
    }

    private static String host(String redirectUri) {
        try {
            return java.net.URI.create(redirectUri).getAuthority();
        } catch (IllegalArgumentException | NullPointerException malformed) {
            return "A site";
        }
    }

    static String error(String message) {
        return head("Login refused") + "<main><h1>This login cannot go on</h1><p>" + escape(message)
                + "</p></main></body></html>";
    }

    private static String head(String title) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
                + " content=\"width=device-width, initial-scale=1\"><title>" + title + "</title><style>"
                + "body{font-family:system-ui,sans-serif;background:#f0f4f8;margin:0}main{max-width:26rem;margin:4rem auto;"
                + "background:#fff;border-radius:12px;padding:2rem;box-shadow:0 2px 12px #0002}h1{font-size:1.3rem;"
                + "color:#2481cc}button{display:block;width:100%;margin:.5rem 0;padding:.75rem;border:0;border-radius:8px;"
                + "background:#2481cc;color:#fff;font-size:1rem;cursor:pointer}button.cancel{background:#e4e8ec;color:#333}"
                + ".none{color:#777}</style></head><body>";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
