package com.telekpr.sandbox.oxapay;

/** The sandbox's stand-in for OxaPay's hosted payment page. */
final class CheckoutPage {
    private CheckoutPage() {
    }

    static String render(Invoice invoice) {
        String actions = invoice.status.equals("new") || invoice.status.equals("waiting")
                ? button(invoice, "paid", "Pay " + invoice.amount + " " + invoice.currency)
                + button(invoice, "underpaid", "Underpay (send half)") + button(invoice, "expired", "Let it expire")
                : "<p>This invoice is <b>" + escape(invoice.status) + "</b>.</p>"
                + (invoice.returnUrl == null ? "" : "<p><a href=\"" + escape(invoice.returnUrl) + "\">Back to the shop</a></p>");
        return """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>OxaPay sandbox checkout</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <style>body{font-family:sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}
                form{display:inline}button{margin:.3rem;padding:.6rem 1rem;font-size:1rem}</style></head>
                <body><h1>OxaPay sandbox</h1>
                <p>%s</p><p>Amount: <b>%s %s</b> · invoice %s · status <b>%s</b></p>%s
                <p><small>No real money moves here: this page imitates OxaPay for development and tests.</small></p>
                </body></html>""".formatted(escape(invoice.description == null ? "Token purchase" : invoice.description),
                invoice.amount, escape(invoice.currency), invoice.trackId, escape(invoice.status), actions);
    }

    private static String button(Invoice invoice, String action, String label) {
        return "<form method=\"post\" action=\"/pay/" + invoice.trackId + "/" + action + "\"><button>"
                + escape(label) + "</button></form>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
