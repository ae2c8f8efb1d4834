package com.telekpr.sandbox.telegram;

/** An uploaded file from a multipart/form-data request. */
record FilePart(String fieldName, String fileName, String contentType, byte[] content) {
}
