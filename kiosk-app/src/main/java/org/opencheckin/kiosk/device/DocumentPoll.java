package org.opencheckin.kiosk.device;

import java.util.Objects;

/**
 * The answer of one {@link DocumentSource#poll()}.
 *
 * @param status   what happened
 * @param document the document when {@code status == READ}, else null
 * @param detail   a short device-side explanation for logs and staff (never guest data)
 */
public record DocumentPoll(Status status, ScannedDocument document, String detail) {

    public enum Status {
        /** Nothing on any reader. */
        NO_DOCUMENT,
        /** A document was read. */
        READ,
        /** A document is there but could not be read; the guest should lift it and place it again. */
        PLACE_AGAIN
    }

    public DocumentPoll {
        Objects.requireNonNull(status, "status");
        if ((status == Status.READ) != (document != null)) {
            throw new IllegalArgumentException("a document comes with READ and only with READ");
        }
    }

    public static DocumentPoll none() {
        return new DocumentPoll(Status.NO_DOCUMENT, null, "");
    }

    public static DocumentPoll read(ScannedDocument document) {
        return new DocumentPoll(Status.READ, document, "");
    }

    public static DocumentPoll placeAgain(String detail) {
        return new DocumentPoll(Status.PLACE_AGAIN, null, detail);
    }
}
