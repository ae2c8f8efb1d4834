package com.telekpr.sandbox.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small multipart/form-data reader (RFC 7578): parts with a filename become files, the others string fields. */
final class MultipartParser {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final byte[] HEADER_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private MultipartParser() {
    }

    static void parse(String contentType, byte[] body, Map<String, String> fields, Map<String, FilePart> files) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw BotApiError.badRequest("can't parse multipart/form-data: no boundary");
        }
        byte[] delimiter = ("--" + boundary.group(1)).getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int partStart = at + delimiter.length;
            if (partStart + 1 < body.length && body[partStart] == '-' && body[partStart + 1] == '-') {
                return; // the closing delimiter
            }
            int next = indexOf(body, delimiter, partStart);
            if (next < 0) {
                throw BotApiError.badRequest("can't parse multipart/form-data: unterminated part");
            }
            // the part sits between the CRLF ending the delimiter line and the CRLF before the next delimiter
            readPart(Arrays.copyOfRange(body, partStart + 2, Math.max(partStart + 2, next - 2)), fields, files);
            at = next;
        }
    }

    private static void readPart(byte[] part, Map<String, String> fields, Map<String, FilePart> files) {
        int headerEnd = indexOf(part, HEADER_END, 0);
        if (headerEnd < 0) {
            return;
        }
        String name = null;
        String fileName = null;
        String contentType = "application/octet-stream";
        for (String header : new String(part, 0, headerEnd, StandardCharsets.UTF_8).split("\r\n")) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-disposition:")) {
                name = group(NAME, header);
                fileName = group(FILE_NAME, header);
            } else if (lower.startsWith("content-type:")) {
                contentType = header.substring("content-type:".length()).trim();
            }
        }
        byte[] content = Arrays.copyOfRange(part, headerEnd + HEADER_END.length, part.length);
        if (name == null) {
            return;
        }
        if (fileName != null) {
            files.put(name, new FilePart(name, fileName, contentType, content));
        } else {
            fields.put(name, new String(content, StandardCharsets.UTF_8));
        }
    }

    private static String group(Pattern pattern, String header) {
        Matcher matcher = pattern.matcher(header);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
