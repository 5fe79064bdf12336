package fr.interieur.cls.events.types;

/** One signatory's signature: the partner, the person who signed and on whose behalf. */
public record Signature(PartnerId partnerId, String signedBy, String onBehalfOf) {

    public Signature {
        Checks.present(partnerId, "signature partnerId");
        signedBy = Checks.text(signedBy, "signedBy");
        onBehalfOf = Checks.optionalText(onBehalfOf);
    }
}
