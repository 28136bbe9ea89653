package org.opencheckin.kiosk.device.fake;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.opencheckin.kiosk.device.DeviceFaultException;
import org.opencheckin.kiosk.device.DocumentPoll;
import org.opencheckin.kiosk.device.DocumentSource;
import org.opencheckin.kiosk.device.ScannedDocument;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * In-memory document reader for tests and a device-less demo ({@code kiosk.devices.mode: fake}):
 * tests {@link #place} a document or {@link #unplug()} the reader.
 */
@Singleton
@Requires(property = "kiosk.devices.mode", value = "fake", defaultValue = "fake")
public class FakeDocumentSource implements DocumentSource {

    private final Deque<DocumentPoll> pending = new ArrayDeque<>();
    private volatile boolean unplugged;
    private volatile int polls;

    @Override
    public String name() {
        return "document-reader";
    }

    /** The next poll reads this document. */
    public synchronized void place(ScannedDocument document) {
        pending.addLast(DocumentPoll.read(document));
    }

    /** The next poll sees a card it cannot read. */
    public synchronized void placeUnreadable() {
        pending.addLast(DocumentPoll.placeAgain("fake: read failed, SW3=0x41"));
    }

    public void unplug(boolean unplugged) {
        this.unplugged = unplugged;
    }

    public int polls() {
        return polls;
    }

    @Override
    public synchronized DocumentPoll poll() throws DeviceFaultException {
        polls++;
        if (unplugged) {
            throw new DeviceFaultException(name(), DeviceFaultException.Fault.UNREACHABLE,
                    "fake reader unplugged");
        }
        DocumentPoll next = pending.pollFirst();
        return next == null ? DocumentPoll.none() : next;
    }

    @Override
    public String selfTest() throws DeviceFaultException {
        if (unplugged) {
            throw new DeviceFaultException(name(), DeviceFaultException.Fault.UNREACHABLE, "fake reader unplugged");
        }
        return "fake document reader: OK";
    }
}
