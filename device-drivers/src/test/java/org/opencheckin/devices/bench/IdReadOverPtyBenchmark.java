package org.opencheckin.devices.bench;

import org.opencheckin.devices.idcard.IdCardRead;
import org.opencheckin.devices.idcard.IdCardReader;
import org.opencheckin.devices.idcard.IdCardReaderConfig;
import org.opencheckin.devices.idcard.portrait.WltPassThroughDecoder;
import org.opencheckin.devices.testing.Fixture;
import org.opencheckin.devices.testing.Pty;
import org.opencheckin.devices.transport.SerialSettings;
import org.opencheckin.devices.transport.SerialTransport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A full ID read (find card, select, read text + photo, decode) through jSerialComm over a real
 * pseudo-terminal, against a device played on the pty master. A pty moves bytes at memory speed,
 * so {@code wireBaud = 0} measures the driver's own time plus pty hops; {@code wireBaud = 115200}
 * makes the device send each reply at 115,200 baud (10 bits a byte, paced in 32-byte slices), so
 * the result minus the wire time of the replies (1,295 + 15 + 19 bytes = 115.4 ms) and requests
 * (3 x 10 bytes = 2.6 ms, not paced here) is the driver's overhead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IdReadOverPtyBenchmark {

    @Param({"0", "115200"})
    public int wireBaud;

    private Pty pty;
    private IdCardReader reader;
    private Thread device;
    private volatile boolean running;

    @Setup(Level.Trial)
    public void open() throws Exception {
        pty = Pty.open();
        byte[] samOk = Fixture.named("idcard", "sam-status-ok").bytes();
        byte[] found = Fixture.named("idcard", "find-card-found").bytes();
        byte[] selected = Fixture.named("idcard", "select-card-ok").bytes();
        byte[] text = Fixture.named("idcard", "read-text-ok").bytes();
        running = true;
        device = new Thread(() -> {
            while (running) {
                byte[] request;
                try {
                    request = pty.read(10, 1000);
                } catch (IllegalStateException timeoutOrClosed) {
                    continue;
                }
                int cmd = request[7] & 0xFF;
                int para = request[8] & 0xFF;
                byte[] reply = cmd == 0x11 ? samOk : cmd == 0x20 && para == 0x01 ? found
                        : cmd == 0x20 ? selected : text;
                send(reply);
            }
        }, "pty-sam");
        device.setDaemon(true);
        device.start();
        reader = new IdCardReader(new SerialTransport(SerialSettings.of(pty.slavePath(), 115200)),
                IdCardReaderConfig.defaults(), new WltPassThroughDecoder());
        reader.connect();
    }

    private void send(byte[] reply) {
        if (wireBaud == 0) {
            pty.write(reply);
            return;
        }
        long nanosPerByte = 10_000_000_000L / wireBaud;
        long start = System.nanoTime();
        for (int off = 0; off < reply.length; off += 32) {
            int end = Math.min(reply.length, off + 32);
            long due = start + end * nanosPerByte; // a slice is handed over once its last bit is on the wire
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            pty.write(java.util.Arrays.copyOfRange(reply, off, end));
        }
    }

    @Benchmark
    public IdCardRead fullIdRead() throws Exception {
        return reader.readDocument(Duration.ZERO).orElseThrow();
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        running = false;
        reader.close();
        device.join(2000);
        pty.close();
    }
}
