package org.opencheckin.simulators.testing;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/** Test-side CRT-591 host: builds commands by hand from PROTOCOLS.md section 3 and reads replies. */
public final class Crt591Host {

    private final SerialHost line;

    public Crt591Host(SerialHost line) {
        this.line = line;
    }

    public static byte[] command(int cm, int pm, byte... data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int len = 3 + data.length;
        out.write(0xF2);
        out.write(0x00);
        out.write(len >> 8);
        out.write(len);
        out.write('C');
        out.write(cm);
        out.write(pm);
        out.writeBytes(data);
        out.write(0x03);
        byte[] b = out.toByteArray();
        int bcc = 0;
        for (byte x : b) {
            bcc ^= x;
        }
        byte[] f = Arrays.copyOf(b, b.length + 1);
        f[b.length] = (byte) bcc;
        return f;
    }

    /** Sends a command and returns the whole reply frame. */
    public byte[] ask(int cm, int pm, byte... data) {
        line.send(command(cm, pm, data));
        return receiveFrame(10_000);
    }

    public byte[] receiveFrame(long timeoutMillis) {
        byte[] head = line.receive(4, timeoutMillis);
        if (head.length < 4 || (head[0] & 0xFF) != 0xF2) {
            return head;
        }
        int len = ((head[2] & 0xFF) << 8) | (head[3] & 0xFF);
        byte[] rest = line.receive(len + 2, timeoutMillis);
        byte[] f = Arrays.copyOf(head, 4 + rest.length);
        System.arraycopy(rest, 0, f, 4, rest.length);
        return f;
    }

    /** 'P' or 'N'. */
    public static char kind(byte[] reply) {
        return (char) reply[4];
    }

    /** st0 st1 st2 of a 'P' reply, or e1 e0 of an 'N' reply. */
    public static String status(byte[] reply) {
        return kind(reply) == 'P' ? new String(reply, 7, 3) : new String(reply, 7, 2);
    }

    /** The data after st0 st1 st2. */
    public static byte[] data(byte[] reply) {
        return Arrays.copyOfRange(reply, 10, reply.length - 2);
    }

    public static byte[] apdu(int ins, int p2, byte... data) {
        byte[] a = new byte[5 + data.length];
        a[1] = (byte) ins;
        a[3] = (byte) p2;
        a[4] = (byte) (ins == 0x20 ? 6 : 16);
        System.arraycopy(data, 0, a, 5, data.length);
        return a;
    }
}
