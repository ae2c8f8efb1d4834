package com.telekpr.sandbox.telegram;

import java.util.Map;

/**
 * The parameters of one Bot API call, whatever the body's encoding: every non-file value as a string (objects such
 * as reply_markup as their JSON text, as pengrad sends them in forms) and the uploaded files by field name.
 */
record BotRequest(Map<String, String> fields, Map<String, FilePart> files) {

    /** The value, or null when absent. */
    String string(String name) {
        return fields.get(name);
    }

    boolean has(String name) {
        String value = fields.get(name);
        return value != null && !value.isEmpty();
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(fields.get(name));
    }

    FilePart file(String name) {
        return files.get(name);
    }
}
