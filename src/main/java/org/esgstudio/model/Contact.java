package org.esgstudio.model;

/** How readers reach the report team. */
public record Contact(LocalizedText address, String postcode, String phone, String email, String website) {
    public Contact {
        address = LocalizedText.orEmpty(address);
    }
}
