package org.opencheckin.kiosk.device;

/**
 * Everything on the kiosk that can read a guest's document: the resident-ID (SAM) reader and the
 * passport MRZ reader, seen as one port by the flow.
 *
 * <p>Contract: {@link #poll()} looks once at every reader and returns within the readers' configured
 * timeouts (it never waits for a guest). It is called from one thread at a time. A reader that is there
 * but has nothing to read gives {@link DocumentPoll#none()}; one that cannot be reached throws.
 */
public interface DocumentSource {

    /** Name for the device status board and logs, e.g. {@code "document-reader"}. */
    String name();

    /**
     * @throws DeviceFaultException when a reader is unplugged or keeps failing; the flow then offers the
     *                              confirmation-code path and alerts staff. The next poll tries again.
     */
    DocumentPoll poll() throws DeviceFaultException;

    /** Technician self-test: checks the readers answer (e.g. SAM status). Returns a one-line result. */
    String selfTest() throws DeviceFaultException;
}
