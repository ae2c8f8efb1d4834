package com.telekpr.sandbox.oxapay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** The shapes OxaPay's v1 API answers with: the {data, message, error, status, version} wrapper and the callback body. */
final class OxaPayJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private OxaPayJson() {
    }

    static ObjectNode ok(ObjectNode data) {
        return wrap(data, "Operation completed successfully!", JSON.createObjectNode(), 200);
    }

    static ObjectNode error(int status, String type, String key, String message) {
        ObjectNode error = JSON.createObjectNode().put("type", type).put("key", key).put("message", message);
        return wrap(JSON.createObjectNode(), message, error, status);
    }

    private static ObjectNode wrap(ObjectNode data, String message, ObjectNode error, int status) {
        ObjectNode body = JSON.createObjectNode();
        body.set("data", data);
        body.put("message", message);
        body.set("error", error);
        body.put("status", status);
        body.put("version", "1.0.0");
        return body;
    }

    static ObjectNode invoiceCreated(Invoice invoice, String paymentUrl) {
        return JSON.createObjectNode().put("track_id", invoice.trackId).put("payment_url", paymentUrl)
                .put("expired_at", invoice.expiresAt.getEpochSecond()).put("date", invoice.createdAt.getEpochSecond());
    }

    static ObjectNode paymentInformation(Invoice invoice) {
        ObjectNode data = JSON.createObjectNode().put("track_id", invoice.trackId).put("type", "invoice")
                .put("amount", invoice.amount).put("currency", invoice.currency).put("status", invoice.status)
                .put("order_id", invoice.orderId).put("description", invoice.description)
                .put("expired_at", invoice.expiresAt.getEpochSecond()).put("date", invoice.createdAt.getEpochSecond());
        data.set("txs", transactions(invoice));
        return data;
    }

    /** The callback OxaPay posts: snake_case, status capitalised as callbacks have it. */
    static ObjectNode callback(Invoice invoice, String status) {
        ObjectNode body = JSON.createObjectNode().put("track_id", invoice.trackId).put("type", "invoice")
                .put("status", capitalised(status)).put("amount", invoice.amount).put("value", invoice.amount)
                .put("sent_value", invoice.paidAmount).put("currency", invoice.currency)
                .put("order_id", invoice.orderId).put("email", "").put("note", "")
                .put("description", invoice.description).put("fee_paid_by_payer", 0).put("under_paid_coverage", 0)
                .put("date", java.time.Instant.now().getEpochSecond());
        body.set("txs", transactions(invoice));
        return body;
    }

    private static ArrayNode transactions(Invoice invoice) {
        ArrayNode txs = JSON.createArrayNode();
        if (invoice.paidAmount.compareTo(BigDecimal.ZERO) > 0) {
            txs.addObject().put("status", "confirmed").put("tx_hash", "0xsandbox" + invoice.trackId)
                    .put("sent_amount", invoice.paidAmount).put("received_amount", invoice.paidAmount)
                    .put("currency", "USDT").put("network", "Tron").put("sender_address", "TSandboxPayer")
                    .put("address", "TSandboxMerchant").put("rate", 1).put("confirmations", 20)
                    .put("auto_convert_amount", invoice.paidAmount).put("auto_convert_currency", invoice.currency);
        }
        return txs;
    }

    private static String capitalised(String status) {
        return Character.toUpperCase(status.charAt(0)) + status.substring(1);
    }
}
