package org.opencheckin.devices.transport;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One end of an in-memory cable, for tests: what one end writes, the other reads. The cable can
 * be {@linkplain Cable#unplug() unplugged} (both ends then fail like a vanished serial device, and
 * opening fails) and plugged in again.
 */
public final class InMemoryTransport implements Transport {

    /** Both ends of one cable. */
    public static final class Cable {
        private final ReentrantLock lock = new ReentrantLock();
        private final InMemoryTransport host;
        private final InMemoryTransport device;
        private boolean plugged = true;

        private Cable(String name) {
            this.host = new InMemoryTransport(this, "memory:" + name + "/host");
            this.device = new InMemoryTransport(this, "memory:" + name + "/device");
            host.peer = device;
            device.peer = host;
        }

        /** The driver's end. */
        public InMemoryTransport host() {
            return host;
        }

        /** The (simulated or scripted) device's end. */
        public InMemoryTransport device() {
            return device;
        }

        /** Pulls the plug: pending and future operations on both ends fail, opening fails. */
        public void unplug() {
            lock.lock();
            try {
                plugged = false;
                host.open = false;
                device.open = false;
                host.clear();
                device.clear();
                host.arrived.signalAll();
                device.arrived.signalAll();
            } finally {
                lock.unlock();
            }
        }

        /** Plugs the cable back in; each end must be opened again. */
        public void plug() {
            lock.lock();
            try {
                plugged = true;
            } finally {
                lock.unlock();
            }
        }
    }

    /** A new cable whose ends are both open. */
    public static Cable cable(String name) {
        Cable cable = new Cable(name);
        cable.host.open = true;
        cable.device.open = true;
        return cable;
    }

    private final Cable cable;
    private final String name;
    private final Condition arrived;
    private byte[] inbox = new byte[256];
    private int head;
    private int tail;
    private boolean open;
    private InMemoryTransport peer;

    private InMemoryTransport(Cable cable, String name) {
        this.cable = cable;
        this.name = name;
        this.arrived = cable.lock.newCondition();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void open() throws TransportException {
        cable.lock.lock();
        try {
            if (!cable.plugged) {
                throw new TransportException(name + ": port does not exist (cable unplugged)");
            }
            open = true;
        } finally {
            cable.lock.unlock();
        }
    }

    @Override
    public boolean isOpen() {
        cable.lock.lock();
        try {
            return open;
        } finally {
            cable.lock.unlock();
        }
    }

    @Override
    public void write(byte[] bytes) throws TransportException {
        cable.lock.lock();
        try {
            requireOpen();
            peer.append(bytes);
        } finally {
            cable.lock.unlock();
        }
    }

    private void append(byte[] bytes) {
        if (tail + bytes.length > inbox.length) {
            int size = tail - head;
            byte[] grown = new byte[Math.max(inbox.length * 2, size + bytes.length)];
            System.arraycopy(inbox, head, grown, 0, size);
            inbox = grown;
            head = 0;
            tail = size;
        }
        System.arraycopy(bytes, 0, inbox, tail, bytes.length);
        tail += bytes.length;
        arrived.signalAll();
    }

    @Override
    public int read(byte[] buffer, int offset, int length, long timeoutMillis) throws TransportException {
        cable.lock.lock();
        try {
            long remaining = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (true) {
                requireOpen();
                if (tail > head) {
                    int n = Math.min(length, tail - head);
                    System.arraycopy(inbox, head, buffer, offset, n);
                    head += n;
                    return n;
                }
                if (remaining <= 0) {
                    return 0;
                }
                try {
                    remaining = arrived.awaitNanos(remaining);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new TransportException(name + ": interrupted while reading", e);
                }
            }
        } finally {
            cable.lock.unlock();
        }
    }

    @Override
    public void discardInput() throws TransportException {
        cable.lock.lock();
        try {
            requireOpen();
            clear();
        } finally {
            cable.lock.unlock();
        }
    }

    private void clear() {
        head = 0;
        tail = 0;
    }

    private void requireOpen() throws TransportException {
        if (!cable.plugged) {
            throw new TransportException(name + ": device vanished (cable unplugged)");
        }
        if (!open) {
            throw new TransportException(name + ": port is not open");
        }
    }

    @Override
    public void close() {
        cable.lock.lock();
        try {
            open = false;
            clear();
            arrived.signalAll();
        } finally {
            cable.lock.unlock();
        }
    }
}
