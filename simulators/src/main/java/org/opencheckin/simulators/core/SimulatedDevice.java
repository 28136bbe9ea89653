package org.opencheckin.simulators.core;

import org.opencheckin.simulators.link.HostLink;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * The part every simulated device shares: a thread that reads what the host sends and hands it to the
 * device's own frame parser, replies that leave at the line's baud rate, line faults applied to replies,
 * unplug and replug.
 *
 * <p>Subclasses handle one request at a time on the device thread, like the single microcontroller of a
 * real reader, so a long action (a 2 s card move) holds the next request back exactly as hardware does.
 */
public abstract class SimulatedDevice implements AutoCloseable {

    private static final int READ_SLICE_MILLIS = 50;

    protected final String name;
    protected final HostLink link;
    protected final int baud;
    protected final Timing timing;
    protected final Faults faults = new Faults();
    private final Random random;
    private final Object writeLock = new Object();
    private Thread thread;
    private volatile boolean running;

    protected SimulatedDevice(String name, HostLink link, int baud, Timing timing, long seed) {
        this.name = name;
        this.link = link;
        this.baud = baud;
        this.timing = timing;
        this.random = new Random(seed);
    }

    public String name() {
        return name;
    }

    /** Where a driver connects to this device. */
    public String address() {
        return link.address();
    }

    public HostLink link() {
        return link;
    }

    public int baud() {
        return baud;
    }

    public Faults faults() {
        return faults;
    }

    public synchronized SimulatedDevice start() {
        if (thread == null) {
            running = true;
            thread = new Thread(this::run, "sim-" + name);
            thread.setDaemon(true);
            thread.start();
        }
        return this;
    }

    private void run() {
        byte[] buffer = new byte[4096];
        while (running) {
            try {
                int n = link.read(buffer, READ_SLICE_MILLIS);
                if (n < 0) {
                    return;
                }
                if (n > 0) {
                    onReceived(Arrays.copyOf(buffer, n));
                }
                tick();
            } catch (IOException e) {
                if (running) {
                    LockSupport.parkNanos(20_000_000L);
                }
            } catch (RuntimeException e) {
                System.err.println("simulator " + name + ": " + e);
            }
        }
    }

    /** Bytes from the host, in whatever pieces the line delivered them. */
    protected abstract void onReceived(byte[] data) throws IOException;

    /** Called about every 50 ms on the device thread, for timers (a card left in the gate). */
    protected void tick() {
    }

    /** The faults this device can produce; the rest are refused by {@link #inject}. */
    protected Set<Fault> supportedFaults() {
        return EnumSet.of(Fault.BIT_FLIP, Fault.DROP_BYTE, Fault.INSERT_BYTE, Fault.GARBAGE_BEFORE_FRAME,
                Fault.NO_REPLY, Fault.UNPLUG);
    }

    /**
     * Switches a fault on for {@code times} occurrences ({@link Faults#FOREVER} = until cleared), or for
     * state faults (unplug, stacker empty...) changes the device's state at once.
     *
     * @throws IllegalArgumentException when this device cannot produce the fault
     */
    public void inject(Fault fault, int times) throws IOException {
        if (!supportedFaults().contains(fault)) {
            throw new IllegalArgumentException(name + " cannot simulate " + fault);
        }
        if (fault == Fault.UNPLUG) {
            unplug();
        } else {
            applyFault(fault, times);
        }
    }

    /** Arms the fault; devices override this for faults that change their state instead. */
    protected void applyFault(Fault fault, int times) {
        faults.arm(fault, times);
    }

    /** Clears every armed fault and, for state faults, returns the device to its normal state. */
    public void clearFaults() {
        faults.clearAll();
    }

    public void unplug() throws IOException {
        link.unplug();
    }

    public void replug() throws IOException {
        link.replug();
    }

    /** One line describing the device's state, for the control API. */
    public abstract String status();

    /**
     * Sends one reply frame through the armed line faults, paced at the baud rate.
     *
     * @return false when a fault swallowed the reply
     */
    protected boolean sendReply(byte[] frame) throws IOException {
        if (faults.take(Fault.NO_REPLY)) {
            return false;
        }
        byte[] out = frame;
        if (faults.take(Fault.BIT_FLIP) && out.length > 0) {
            out = out.clone();
            int at = random.nextInt(out.length);
            out[at] ^= (byte) (1 << random.nextInt(8));
        }
        if (faults.take(Fault.DROP_BYTE) && out.length > 1) {
            int at = 1 + random.nextInt(out.length - 1);
            byte[] shorter = new byte[out.length - 1];
            System.arraycopy(out, 0, shorter, 0, at);
            System.arraycopy(out, at + 1, shorter, at, out.length - at - 1);
            out = shorter;
        }
        if (faults.take(Fault.INSERT_BYTE)) {
            int at = 1 + random.nextInt(Math.max(1, out.length - 1));
            byte[] longer = new byte[out.length + 1];
            System.arraycopy(out, 0, longer, 0, at);
            longer[at] = (byte) random.nextInt(256);
            System.arraycopy(out, at, longer, at + 1, out.length - at);
            out = longer;
        }
        if (faults.take(Fault.GARBAGE_BEFORE_FRAME)) {
            byte[] garbage = new byte[3 + random.nextInt(6)];
            for (int i = 0; i < garbage.length; i++) {
                int b;
                do {
                    b = random.nextInt(256);
                } while (out.length > 0 && b == (out[0] & 0xFF));
                garbage[i] = (byte) b;
            }
            byte[] joined = Arrays.copyOf(garbage, garbage.length + out.length);
            System.arraycopy(out, 0, joined, garbage.length, out.length);
            out = joined;
        }
        sendPaced(out);
        return true;
    }

    /** Sends bytes at the line's speed, without faults (a handshake byte, say). */
    protected void sendPaced(byte[] bytes) throws IOException {
        synchronized (writeLock) {
            if (!timing.paceBytes()) {
                link.write(bytes);
                return;
            }
            long perByte = Timing.nanosPerByte(baud);
            int chunk = (int) Math.max(1, 2_000_000L / perByte);
            long start = System.nanoTime();
            for (int sent = 0; sent < bytes.length; ) {
                int n = Math.min(chunk, bytes.length - sent);
                link.write(Arrays.copyOfRange(bytes, sent, sent + n));
                sent += n;
                long due = start + sent * perByte;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        Thread t = thread;
        link.close();
        if (t != null) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
