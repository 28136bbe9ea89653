package org.opencheckin.devices.idcard.document;

/** The text of a card read by the SAM reader; one record per card type. */
public sealed interface IdDocument permits ResidentIdCard, ForeignPermanentResidentCard, ResidencePermit {

    /** The document's number (ID number, card number); personal data: never log it. */
    String documentNumber();

    ValidityPeriod validity();
}
