package org.opencheckin.kiosk.device.fake;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.opencheckin.kiosk.device.DeviceFaultException;
import org.opencheckin.kiosk.device.DeviceFaultException.Fault;
import org.opencheckin.kiosk.device.KeyCardIssuer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * In-memory dispenser and encoder ({@code kiosk.devices.mode: fake}). Remembers the payloads it wrote,
 * so tests can check that only backend-signed bytes reach a card; faults are queued per call.
 */
@Singleton
@Requires(property = "kiosk.devices.mode", value = "fake", defaultValue = "fake")
public class FakeKeyCardIssuer implements KeyCardIssuer {

    private final List<byte[]> written = new ArrayList<>();
    private final Deque<Optional<Fault>> script = new ArrayDeque<>();
    private int stock = 100;
    private int serial;

    @Override
    public String name() {
        return "key-dispenser";
    }

    /** The next scripted issue call fails like this (calls beyond the script succeed). */
    public synchronized void failNext(Fault fault) {
        script.addLast(Optional.of(fault));
    }

    /** The next scripted issue call succeeds (to place a fault on a later card). */
    public synchronized void succeedNext() {
        script.addLast(Optional.empty());
    }

    public synchronized void stock(int cards) {
        stock = cards;
    }

    /** Copies of every payload written to a card that reached the gate. */
    public synchronized List<byte[]> written() {
        return List.copyOf(written);
    }

    @Override
    public synchronized String issue(byte[] payload) throws DeviceFaultException {
        Optional<Fault> scripted = script.pollFirst();
        Fault fault = scripted == null ? null : scripted.orElse(null);
        if (fault == null && stock == 0) {
            fault = Fault.OUT_OF_CARDS;
        }
        if (fault != null) {
            if (fault == Fault.ENCODE_FAILED) {
                stock--;
            }
            throw new DeviceFaultException(name(), fault, "fake dispenser: " + fault);
        }
        stock--;
        written.add(payload.clone());
        return HexFormat.of().formatHex(new byte[] {0x04, 0x1a, (byte) 0xc3, (byte) ++serial});
    }

    @Override
    public synchronized StackerLevel stackerLevel() {
        return stock == 0 ? StackerLevel.EMPTY : stock < 10 ? StackerLevel.LOW : StackerLevel.ENOUGH;
    }

    @Override
    public synchronized String selfTest() {
        return "fake dispenser: OK, stacker " + stackerLevel();
    }
}
