package org.opencheckin.devices.dispenser.protocol;

import org.opencheckin.devices.DeviceException;
import org.opencheckin.devices.DeviceTimeoutException;
import org.opencheckin.devices.dispenser.codec.Crt591Codec;
import org.opencheckin.devices.dispenser.codec.Crt591Command;
import org.opencheckin.devices.dispenser.codec.Crt591FrameException;
import org.opencheckin.devices.dispenser.codec.Crt591Reply;
import org.opencheckin.devices.protocol.DeviceLink;
import org.opencheckin.devices.protocol.FrameReader;
import org.opencheckin.devices.protocol.NoReplyException;
import org.opencheckin.devices.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pairs a CRT-591 command with its reply (PROTOCOLS.md section 3). Handles both dialects: a
 * dispenser that answers at once, and one that sends ACK first and the reply only after our ENQ.
 * NAK means the dispenser did not take the frame, so resending is safe and bounded.
 *
 * <p>Retry rules: {@link #query} (no physical effect: status, MIFARE read, load key) resends
 * after a timeout, a damaged or a mismatched reply. {@link #act} (move, eject, capture, write)
 * never resends after the dispenser may have received the command; it throws
 * {@link OutcomeUnknownException} and the driver asks for the status first. Not thread-safe.
 */
public final class Crt591Protocol {
    private static final Logger LOG = LoggerFactory.getLogger(Crt591Protocol.class);
    private static final byte[] ENQ = {(byte) Crt591Codec.ENQ};

    private final DeviceLink link;
    private final FrameReader reader;
    private final int retries;

    public Crt591Protocol(DeviceLink link, int retries) {
        this.link = link;
        this.reader = new FrameReader(link.transport(), Crt591Codec.BOUNDARY);
        this.retries = retries;
    }

    /** A command without physical effect: retried on transport faults. */
    public Crt591Reply query(Crt591Command command, long timeoutMillis) throws DeviceException {
        String problem = null;
        Exception cause = null;
        for (int attempt = 0; attempt <= retries; attempt++) {
            try {
                return once(command, timeoutMillis);
            } catch (OutcomeUnknownException e) {
                problem = e.getMessage();
                cause = e.getCause() instanceof NoReplyException nr ? nr : e;
                LOG.debug("{}: {} attempt {} failed: {}", link.device(), command.code(), attempt + 1, problem);
            }
        }
        throw new DeviceTimeoutException(link.device(), command.code(), "reply", null,
                "no valid reply after " + (retries + 1) + " attempts, last: " + problem, cause);
    }

    /**
     * A command with a physical effect: sent once (resent only after a NAK, which means the
     * dispenser did not take it).
     *
     * @throws OutcomeUnknownException when no valid reply came; ask for the status before acting
     */
    public Crt591Reply act(Crt591Command command, long timeoutMillis) throws DeviceException, OutcomeUnknownException {
        return once(command, timeoutMillis);
    }

    private Crt591Reply once(Crt591Command command, long timeoutMillis) throws DeviceException, OutcomeUnknownException {
        byte[] frame = Crt591Codec.encode(command);
        int naks = 0;
        try {
            reader.reset();
            link.transport().write(frame);
            long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
            while (true) {
                long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000L);
                byte[] in = reader.readFrame(left);
                if (in.length == 1) {
                    int control = in[0] & 0xFF;
                    if (control == Crt591Codec.ACK) {
                        link.transport().write(ENQ);
                    } else if (control == Crt591Codec.NAK) {
                        if (++naks > retries) {
                            throw new DeviceTimeoutException(link.device(), command.code(), "send", null,
                                    "dispenser answered NAK " + naks + " times", null);
                        }
                        link.transport().write(frame);
                        deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
                    }
                    continue;
                }
                Crt591Reply reply = Crt591Codec.decodeReply(in);
                if (!reply.answers(command)) {
                    LOG.debug("{}: dropped a stale reply {} while waiting for {}", link.device(), reply, command.code());
                    continue;
                }
                return reply;
            }
        } catch (TransportException e) {
            throw link.lost(command.code(), "exchange", e);
        } catch (NoReplyException e) {
            throw new OutcomeUnknownException(e.getMessage(), e.bytesReceived(), e);
        } catch (Crt591FrameException e) {
            throw new OutcomeUnknownException("invalid reply: " + e.getMessage(), 1, e);
        }
    }
}
