package org.opencheckin.devices.dispenser;

/**
 * The outcome of issuing one key card.
 *
 * @param outcome       what happened to the encoded card
 * @param cardUid       UID of the card that carries the key (4 bytes)
 * @param cardsRejected cards that failed to encode or verify and went to the reject bin first
 */
public record KeyIssueResult(Outcome outcome, byte[] cardUid, int cardsRejected) {

    public enum Outcome {
        /** Encoded, verified, ejected and taken by the guest. */
        ISSUED,
        /** Encoded and verified, but not taken from the gate in time: captured into the reject bin. The key must be voided. */
        NOT_TAKEN_CAPTURED
    }

    public KeyIssueResult {
        cardUid = cardUid.clone();
    }

    @Override
    public byte[] cardUid() {
        return cardUid.clone();
    }
}
