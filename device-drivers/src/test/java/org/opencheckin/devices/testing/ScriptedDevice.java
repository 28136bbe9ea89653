package org.opencheckin.devices.testing;

import org.opencheckin.devices.Hex;
import org.opencheckin.devices.transport.InMemoryTransport;
import org.opencheckin.devices.transport.TransportException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The device end of an in-memory cable, playing a script: expect these bytes from the driver,
 * answer with those, stay silent, pull the plug. Runs on its own thread; {@link #assertCompleted}
 * fails the test on any deviation, and {@link #assertNothingMoreReceived} proves the driver did
 * not send anything it should not have (e.g. a physical command re-sent after a timeout).
 */
public final class ScriptedDevice implements AutoCloseable {
    private interface Step {
        void run() throws Exception;
    }

    private final InMemoryTransport.Cable cable;
    private final List<Step> steps = new ArrayList<>();
    private final List<String> descriptions = new ArrayList<>();
    private final List<Long> expectedAt = new CopyOnWriteArrayList<>();
    private volatile Throwable failure;
    private volatile int completed;
    private Thread thread;

    public ScriptedDevice(InMemoryTransport.Cable cable) {
        this.cable = cable;
    }

    /** The driver must send exactly these bytes next. */
    public ScriptedDevice expect(byte[] bytes) {
        descriptions.add("expect " + Hex.format(bytes));
        steps.add(() -> {
            byte[] got = read(bytes.length, 5000);
            expectedAt.add(System.nanoTime());
            if (!Arrays.equals(got, bytes)) {
                throw new AssertionError("expected " + Hex.format(bytes) + " but the driver sent " + Hex.format(got));
            }
        });
        return this;
    }

    /** Sends these bytes to the driver. */
    public ScriptedDevice reply(byte[] bytes) {
        descriptions.add("reply " + bytes.length + " bytes");
        steps.add(() -> cable.device().write(bytes));
        return this;
    }

    public ScriptedDevice pause(long millis) {
        descriptions.add("pause " + millis + " ms");
        steps.add(() -> Thread.sleep(millis));
        return this;
    }

    /** Pulls the cable: the driver's next read or write fails like a vanished device. */
    public ScriptedDevice unplug() {
        descriptions.add("unplug");
        steps.add(cable::unplug);
        return this;
    }

    /** Plugs the cable back in after {@code afterMillis} and opens the device end. */
    public ScriptedDevice plug(long afterMillis) {
        descriptions.add("plug");
        steps.add(() -> {
            Thread.sleep(afterMillis);
            cable.plug();
            cable.device().open();
        });
        return this;
    }

    public ScriptedDevice start() {
        thread = new Thread(() -> {
            try {
                for (Step step : steps) {
                    step.run();
                    completed++;
                }
            } catch (Throwable t) {
                failure = t;
            }
        }, "scripted-device");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** Nanotime at which each expected request arrived. */
    public List<Long> arrivals() {
        return expectedAt;
    }

    /** Waits for the script to finish and fails on any deviation. */
    public void assertCompleted() throws InterruptedException {
        thread.join(10_000);
        if (failure != null) {
            throw new AssertionError("script failed at step " + (completed + 1) + " ("
                    + descriptions.get(completed) + "): " + failure.getMessage(), failure);
        }
        if (completed != steps.size()) {
            throw new AssertionError("script stopped at step " + (completed + 1) + " of " + steps.size() + ": "
                    + descriptions.get(completed));
        }
    }

    /** After the script: the driver sends nothing more within {@code millis}. */
    public void assertNothingMoreReceived(long millis) throws TransportException {
        byte[] buf = new byte[64];
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (!cable.device().isOpen()) {
                return;
            }
            int n = cable.device().read(buf, 0, buf.length, Math.max(1, deadline - System.currentTimeMillis()));
            if (n > 0) {
                throw new AssertionError("driver sent unexpected bytes " + Hex.format(buf, 0, n));
            }
        }
    }

    private byte[] read(int count, long timeoutMillis) throws TransportException {
        byte[] out = new byte[count];
        int got = 0;
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (got < count) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("driver sent only " + got + " of " + count + " expected bytes: "
                        + Hex.format(out, 0, got));
            }
            got += cable.device().read(out, got, count - got, left);
        }
        return out;
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.interrupt();
        }
    }
}
