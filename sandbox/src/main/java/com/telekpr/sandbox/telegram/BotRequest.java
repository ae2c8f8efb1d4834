package com.telekpr.sandbox.telegram;

import java.util.Map;

/**
 * The parameters of one Bot API call, whatever the body's encoding: every non-file value as a string (objects such
 * as reply_markup as their JSON text, as pengrad sends them in forms) and the uploaded files by field name.
 */
record BotRequest(Map<String, String> fields, Map<String, FilePart> files) {
    private static final String ATTACH = "attach://";

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

    /**
     * The file uploaded as {@code name}: either the part of that name, or — as the Bot API allows and some
     * clients always do — a field {@code name=attach://<part>} naming another part of the upload.
     */
    FilePart file(String name) {
        FilePart direct = files.get(name);
        String field = fields.get(name);
        if (direct != null || field == null || !field.startsWith(ATTACH)) {
            return direct;
        }
        return files.get(field.substring(ATTACH.length()));
    }
}
