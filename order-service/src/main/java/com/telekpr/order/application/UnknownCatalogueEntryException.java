package com.telekpr.order.application;

public class UnknownCatalogueEntryException extends RuntimeException {
    public UnknownCatalogueEntryException(String code) {
        super("no catalogue entry '" + code + "'");
    }
}
