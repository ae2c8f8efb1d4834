package com.telekpr.order.application;

public class UnknownCatalogueEntryException extends NotFoundException {
    public UnknownCatalogueEntryException(String code) {
        super("no catalogue entry '" + code + "'");
    }
}
